using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Aloud.Ingest;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud extract INPUT</c>: shows what narrate would read, without synthesising, as plain text or as JSON
/// for scripts and for comparing with other extractors.
/// </summary>
internal static class ExtractCommand
{
    private static readonly Argument<string> Input = ArticleInputOptions.Input();

    private static readonly Option<string> Format = new("--format")
    {
        Description = "Output format: text (title, byline, date, then the body) or json.",
        DefaultValueFactory = _ => "text",
    };

    private static readonly Option<bool> Captions = new("--captions") { Description = "Keep photo captions as blocks." };
    private static readonly Option<string?> Rules = ArticleInputOptions.Rules();

    private static readonly Option<bool> AllowPrivate = ArticleInputOptions.AllowPrivateHosts();

    public static Command Create()
    {
        Format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("extract", "Extract an article's title, byline, date and body blocks and print them.")
        {
            Input, Format, Captions, AllowPrivate, Rules,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var article = ArticleInput.Read(result.GetValue(Input)!, result.GetValue(AllowPrivate), result.GetValue(Captions), result.GetValue(Rules));
        using var stdout = Console.OpenStandardOutput();
        var text = result.GetValue(Format) == "json" ? ToJson(article) : ToText(article);
        stdout.Write(Encoding.UTF8.GetBytes(text)); // UTF-8 whatever the console's code page
        return ExitCodes.Success;
    }

    /// <summary>Title, byline and date lines (those present), a blank line, then the blocks a blank line apart.</summary>
    internal static string ToText(Article article)
    {
        var sb = new StringBuilder();
        foreach (var line in new[] { article.Title, article.Byline, Iso(article.Published) })
        {
            if (!string.IsNullOrWhiteSpace(line)) sb.Append(line).Append('\n');
        }
        if (sb.Length > 0) sb.Append('\n');
        sb.Append(article.BodyText).Append('\n');
        return sb.ToString();
    }

    /// <summary>The article as one JSON object; absent metadata is null rather than missing.</summary>
    internal static string ToJson(Article article)
    {
        using var buffer = new MemoryStream();
        var settings = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, settings))
        {
            json.WriteStartObject();
            json.WriteString("title", article.Title);
            json.WriteString("byline", article.Byline);
            json.WriteString("published", Iso(article.Published));
            json.WriteString("language", article.Language);
            json.WriteString("url", article.Url?.AbsoluteUri);
            json.WriteString("articleBody", article.BodyText);
            json.WriteStartArray("blocks");
            foreach (var block in article.Blocks)
            {
                json.WriteStartObject();
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(block.Kind.ToString()));
                json.WriteString("text", block.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string? Iso(DateTimeOffset? date) =>
        date?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
