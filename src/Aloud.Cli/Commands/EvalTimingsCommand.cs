using System.CommandLine;
using System.Globalization;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Piper;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud eval timings INPUT...</c>: how far the word timings a neural voice without a duration output gets land
/// from exact ones: articles are said by Flite (which knows its word times) and the neural estimate is made from the
/// same audio (<see cref="TimingEstimateEvaluator"/>).
/// </summary>
internal static class EvalTimingsCommand
{
    private static readonly Argument<string[]> Inputs = new("INPUT") { Description = "Article files (HTML or text), or folders of them.", Arity = ArgumentArity.OneOrMore };
    private static readonly Option<string> VoiceName = new("--voice") { Description = "The exact-timing voice to measure against (a Flite voice).", DefaultValueFactory = _ => SpeechEngines.DefaultVoiceId };
    private static readonly Option<int> MaxSentences = new("--max-sentences") { Description = "Stop after this many sentences.", DefaultValueFactory = _ => 300 };

    public static Command Create()
    {
        var command = new Command("timings", "Measure neural voices' estimated word timings against Flite's exact ones (median, p90 start error).")
        {
            Inputs, VoiceName, MaxSentences,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var files = result.GetValue(Inputs)!.SelectMany(Files).ToList();
        if (files.Count == 0)
        {
            throw new UsageException("no .html, .htm or .txt files in the inputs");
        }
        using var engines = new SpeechEngines();
        var (engine, voice) = engines.Resolve(result.GetValue(VoiceName)!);
        if (engine.Name != "flite")
        {
            throw new UsageException($"{voice.Id} does not report exact word timings: measure against a Flite voice");
        }
        var writer = new ScriptWriter(new ScriptOptions());
        var sentences = files
            .SelectMany(f => writer.Write(ArticleInput.Read(f, false, false, null)).Sentences)
            .Where(s => s.Words.Count > 0)
            .Take(Math.Max(1, result.GetValue(MaxSentences)))
            .Select(s => s.ToSpeech())
            .ToList();
        Console.WriteLine($"{files.Count} articles, {sentences.Count} sentences said by {voice.Id}; word start error of each estimate:");
        foreach (var summary in TimingEstimateEvaluator.Evaluate(sentences, engine, voice))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {summary.Method,-18} {summary.Words,6} words  median {summary.MedianMs,6:0} ms  p90 {summary.P90Ms,6:0} ms  mean {summary.MeanMs,6:0} ms  within 50 ms {summary.Within50MsShare,4:P0}  bias {summary.BiasMs,5:+0;-0} ms"));
        }
        return ExitCodes.Success;
    }

    private static IEnumerable<string> Files(string input) => Directory.Exists(input)
        ? Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".html" or ".htm" or ".txt")
            .Order(StringComparer.Ordinal)
        : [input];
}
