using System.CommandLine;
using System.Globalization;
using System.Text;
using Aloud.Script;
using Aloud.Script.Evaluation;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud eval normalize --cases FILE</c>: scores the normaliser on written/spoken cases with the corpus's
/// lenient canonicalisation, per class, with the failures that change meaning counted apart.
/// </summary>
internal static class EvalNormalizeCommand
{
    private static readonly Option<string> Cases = new("--cases") { Description = "Tab-separated cases with a header: class, written, spoken (or written, spoken for sentences).", Required = true };
    private static readonly Option<string?> Variants = new("--variants") { Description = "Accepted readings and exclusions (default: <cases>_news_variants.tsv beside the cases, if present)." };
    private static readonly Option<int> Failures = new("--failures") { Description = "List this many failing cases.", DefaultValueFactory = _ => 0 };

    public static Command Create()
    {
        var command = new Command("normalize", "Score the text normaliser on written/spoken cases (lenient accuracy per class, unrecoverable errors, WER).")
        {
            Cases, Variants, Failures,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var path = result.GetValue(Cases)!;
        var variants = result.GetValue(Variants) ?? DefaultVariants(path);
        var cases = NormalizationCaseFile.Load(path, variants);
        var normalizer = new TextNormalizer(EnglishNumberWords.Instance);
        var score = NormalizationEvaluator.Evaluate(cases, line => normalizer.NormalizeLine(line));
        Console.Out.Write(Report(path, score, result.GetValue(Failures)));
        return ExitCodes.Success;
    }

    private static string? DefaultVariants(string casesPath)
    {
        var candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(casesPath))!, Path.GetFileNameWithoutExtension(casesPath) + "_news_variants.tsv");
        return File.Exists(candidate) ? candidate : null;
    }

    private static string Report(string path, NormalizationScore score, int failures)
    {
        var sb = new StringBuilder();
        var scored = score.Scored;
        sb.Append(CultureInfo.InvariantCulture, $"{path}: {scored.Count} scored cases\n");
        sb.Append(CultureInfo.InvariantCulture, $"  lenient accuracy {score.Micro:P1} (macro over classes {score.Macro:P1}), strict {score.Strict:P1}, WER {score.WordErrorRate:P2}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  unrecoverable failures: {score.UnrecoverableCount}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  (secondary) forgiving British spellings and day-first date order, as NeMo's own evaluation does: {score.ForgivingConventions:P1}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  (secondary) mixing the accepted readings' independent choices: {score.CombiningAccepted:P1}\n");
        if (score.Robustness.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  robustness: {score.Robustness.Count(o => o.Passed)}/{score.Robustness.Count}\n");
        }
        foreach (var group in scored.GroupBy(o => o.Case.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  {group.Key,-26} {group.Count(o => o.Passed),4}/{group.Count(),-4} {(double)group.Count(o => o.Passed) / group.Count(),7:P1}\n");
        }
        foreach (var outcome in scored.Where(o => !o.Passed).OrderByDescending(o => o.Unrecoverable).Take(failures))
        {
            // "mixed": the failure passes once accepted rows' choices are mixed; "convention": once British spellings
            // and day-first dates are forgiven.
            var tag = outcome.PassedCombiningAccepted ? "mixed" : outcome.Unrecoverable ? "MEANING" : outcome.PassedForgivingConventions ? "convention" : "style";
            sb.Append(CultureInfo.InvariantCulture, $"  [{tag}] {outcome.Case.Class}: {outcome.Case.Written}\n      got:  {outcome.Crash ?? outcome.Hypothesis}\n      want: {outcome.Case.Spoken}\n");
        }
        return sb.ToString();
    }
}
