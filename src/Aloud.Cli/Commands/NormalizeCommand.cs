using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud normalize</c>: written lines on stdin, spoken lines on stdout, exactly one for one and in order
/// (news mode, no intro); <c>--json</c> shows each spoken word with its class and source span.
/// </summary>
internal static class NormalizeCommand
{
    /// <summary>The longest line read: a long paragraph is a few thousand characters; more is not text to say.</summary>
    public const int MaxLineLength = 100_000;

    private static readonly Option<bool> Json = new("--json") { Description = "One JSON object per line: the spoken words with their class (pass) and source span." };
    private static readonly Option<string?> Lexicon = LexiconOption.Create();
    private static readonly Option<string[]> SkipPass = SkipPassOption.Create();
    private static readonly Option<string?> Emoji = EmojiOption.Create();
    private static readonly Option<string?> Dates = DatesOption.Create();

    public static Command Create()
    {
        var command = new Command("normalize", "Read written lines on stdin; write one spoken line per input line.") { Json, Lexicon, SkipPass, Emoji, Dates };
        command.SetAction(result => CliErrors.Run(() => Run(
            result.GetValue(Json), result.GetValue(Lexicon), SkipPassOption.Read(result.GetValue(SkipPass)), EmojiOption.Read(result.GetValue(Emoji)),
            DatesOption.Read(result.GetValue(Dates)))));
        return command;
    }

    private static int Run(bool json, string? lexiconPath, IReadOnlySet<string> skippedPasses, EmojiReading emoji, DateOrder? dates)
    {
        var normalizer = new TextNormalizer(EnglishNumberWords.Instance, skippedPasses, LexiconOption.Load(lexiconPath), emoji);
        using var stdin = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
        var input = new BoundedLineReader(stdin, MaxLineLength);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        while (input.ReadLine() is { } line)
        {
            // Each line is its own document: its ambiguous dates follow its own cues unless --dates says.
            var order = dates ?? DateOrderCues.Detect(line);
            output.WriteLine(json ? ToJson(normalizer, line, order) : normalizer.NormalizeLine(line, order));
        }
        return ExitCodes.Success;
    }

    private static string ToJson(TextNormalizer normalizer, string line, DateOrder dates)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("written", line);
            json.WriteString("spoken", normalizer.NormalizeLine(line, dates));
            json.WriteStartArray("words");
            foreach (var span in SentenceSegmenter.Split(line))
            {
                foreach (var word in normalizer.Normalize(line, span, 0, [], dates).Words)
                {
                    json.WriteStartObject();
                    json.WriteString("spoken", word.Spoken);
                    json.WriteString("class", word.Class);
                    json.WriteString("written", line.Substring(word.Source.Start, word.Source.Length));
                    json.WriteNumber("charStart", word.Source.Start);
                    json.WriteNumber("charLength", word.Source.Length);
                    if (word.Pronunciation is { } pronunciation)
                    {
                        json.WriteString("phones", pronunciation.Text);
                    }
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
