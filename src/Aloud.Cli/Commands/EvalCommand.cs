using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Aloud.Ingest.Evaluation;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud eval extract</c>: scores the article extractor on a corpus with the public article extraction
/// benchmark's shingle metric, so a change to the rules can be measured rather than guessed.
/// </summary>
internal static class EvalCommand
{
    private const int WorstPages = 10;

    private static readonly Option<string> Pages = new("--pages") { Description = "Folder of pages: <id>.html (with --truth) or <name>/source.html + expected.html.", Required = true };
    private static readonly Option<string?> Truth = new("--truth") { Description = "JSON truth file: id -> {articleBody, url}. Omit for the Readability layout." };
    private static readonly Option<bool> Json = new("--json") { Description = "Print the scores as JSON." };
    private static readonly Option<bool> PerPage = new("--per-page") { Description = "Also list the worst-scoring pages." };

    public static Command Create()
    {
        var extract = new Command("extract", "Score article extraction against a corpus's true bodies (precision, recall, F1).")
        {
            Pages, Truth, Json, PerPage,
        };
        extract.SetAction(result => CliErrors.Run(() => Run(result)));
        return new Command("eval", "Measure Aloud's components on labelled corpora.") { extract, EvalNormalizeCommand.Create(), EvalTimingsCommand.Create() };
    }

    private static int Run(ParseResult result)
    {
        var folder = result.GetValue(Pages)!;
        var pages = EvaluationCorpus.Load(folder, result.GetValue(Truth));
        var scores = ExtractionEvaluator.Evaluate(pages);
        var worst = scores.Pages.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal)
            .Take(result.GetValue(PerPage) ? WorstPages : 0).ToList();
        var text = result.GetValue(Json) ? ToJson(folder, scores, worst) : ToText(folder, scores, worst);
        using var stdout = Console.OpenStandardOutput();
        stdout.Write(Encoding.UTF8.GetBytes(text));
        return ExitCodes.Success;
    }

    private static string ToText(string folder, EvaluationResult scores, List<PageScore> worst)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture,
            $"{folder}: {scores.Pages.Count} pages  precision={scores.Precision:0.000}  recall={scores.Recall:0.000}  F1={scores.F1:0.000}\n");
        foreach (var page in worst)
        {
            sb.Append(CultureInfo.InvariantCulture,
                $"  F1={page.F1:0.000}  precision={Show(page.Match.Precision)}  recall={Show(page.Match.Recall)}  {page.Id}\n");
        }
        return sb.ToString();
    }

    private static string Show(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "  -  ";

    private static string ToJson(string folder, EvaluationResult scores, List<PageScore> worst)
    {
        using var buffer = new MemoryStream();
        var settings = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, settings))
        {
            json.WriteStartObject();
            json.WriteString("corpus", folder);
            json.WriteNumber("pages", scores.Pages.Count);
            json.WriteNumber("precision", Math.Round(scores.Precision, 4));
            json.WriteNumber("recall", Math.Round(scores.Recall, 4));
            json.WriteNumber("f1", Math.Round(scores.F1, 4));
            json.WriteStartArray("worst");
            foreach (var page in worst)
            {
                json.WriteStartObject();
                json.WriteString("id", page.Id);
                json.WriteNumber("f1", Math.Round(page.F1, 4));
                WriteNullable(json, "precision", page.Match.Precision);
                WriteNullable(json, "recall", page.Match.Recall);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, Math.Round(v, 4));
        else json.WriteNull(name);
    }
}
