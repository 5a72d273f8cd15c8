using System.CommandLine;
using System.Globalization;
using Aloud.Speech;
using Aloud.Speech.Voices;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud voices set ID [--rate R] [--sentence-pause 350ms] [--paragraph-pause 800ms] [--reset]</c>: a voice's own
/// defaults, used by narrations that do not set them (decision 0014).
/// </summary>
internal static class VoiceSetCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "Any voice id ('aloud voices list')." };
        var rate = new Option<double?>("--rate") { Description = "The voice's default speaking rate (0.5 to 2.0)." };
        var sentence = new Option<string?>("--sentence-pause") { Description = "Silence after a sentence: 350ms, 0.35s or 350 (milliseconds), 0 to 5000 ms." };
        var paragraph = new Option<string?>("--paragraph-pause") { Description = "Silence after a paragraph, as --sentence-pause." };
        var reset = new Option<bool>("--reset") { Description = "Forget the voice's defaults first (with no other option: remove them)." };
        var command = new Command("set", "Set a voice's default rate and pauses, used when a narration does not set them; prints what it has now.") { id, rate, sentence, paragraph, reset };
        command.SetAction(result => CliErrors.Run(() =>
        {
            using var engines = new SpeechEngines();
            Voice voice;
            try
            {
                voice = engines.Resolve(result.GetValue(id)!).Voice;
            }
            catch (ArgumentException error)
            {
                throw new UsageException(error.Message);
            }
            var file = new VoiceDefaultsFile(engines.Catalogue.Folder);
            var current = result.GetValue(reset) ? VoiceDefaults.None : VoiceDefaultsOption.For(engines, voice);
            var updated = current with
            {
                Rate = result.GetValue(rate) ?? current.Rate,
                SentencePauseMs = Milliseconds(result.GetValue(sentence), "--sentence-pause") ?? current.SentencePauseMs,
                ParagraphPauseMs = Milliseconds(result.GetValue(paragraph), "--paragraph-pause") ?? current.ParagraphPauseMs,
            };
            try
            {
                file.Set(voice.Id, updated);
            }
            catch (ArgumentException error)
            {
                throw new UsageException(error.Message);
            }
            Console.WriteLine($"{voice.Id}\t{(updated.IsEmpty ? "no defaults of its own" : updated.Describe())}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>"350ms", "0.35s" or "350" as milliseconds; null without the option; anything else a usage error.</summary>
    internal static double? Milliseconds(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        var t = text.Trim().ToLowerInvariant();
        var (number, scale) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 1.0) : t.EndsWith('s') ? (t[..^1], 1000.0) : (t, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new UsageException($"{option} takes a duration such as 350ms or 0.35s (got '{text}')");
        }
        return value * scale;
    }
}
