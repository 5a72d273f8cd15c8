using System.Text.Json;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Commands;

/// <summary>
/// <c>narrate</c> with passages in other languages (<c>--voice-for</c>), a missing voice naming its language's voices,
/// and <c>voices set</c>: per-voice default rate and pauses, applied and overridden. Each test has its own catalogue.
/// </summary>
public sealed class NarrateLanguagesTests
{
    private const string Page = """
        <html lang="en"><head><title>Ferry returns</title></head><body><article>
        <p>The river ferry is running again after a month of repairs to its engine.</p>
        <p lang="de">Die Fähre fährt heute wieder über den Fluss.</p>
        </article></body></html>
        """;

    private readonly string _catalogue = TinyVoices.Temp("cli-languages");
    private readonly string _dir = TinyVoices.Temp("cli-languages-out");

    private CliResult Aloud(params string[] args) => CliRunner.RunWithVariable("ALOUD_VOICES", _catalogue, args);

    private string Input(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Narrates to WAV with timings; returns each sentence's spoken text and voice, and the WAV's rate and length.</summary>
    private (List<(string Spoken, string Voice)> Sentences, int Rate, double Ms) Narrate(string input, params string[] options)
    {
        var (wav, json) = (Path.Combine(_dir, "out.wav"), Path.Combine(_dir, "out.json"));
        var result = Aloud(["narrate", input, "-q", "-o", wav, "--timings", json, .. options]);
        Assert.True(result.ExitCode == 0, result.StandardError);
        using var timings = JsonDocument.Parse(File.ReadAllBytes(json));
        var sentences = timings.RootElement.GetProperty("sentences").EnumerateArray()
            .Select(s => (s.GetProperty("spoken").GetString()!, s.GetProperty("voice").GetString()!)).ToList();
        return (sentences, BitConverter.ToInt32(File.ReadAllBytes(wav), 24), timings.RootElement.GetProperty("durationMs").GetDouble());
    }

    [Fact]
    public void A_german_paragraph_is_read_by_espeaks_german_voice_and_the_timings_say_so()
    {
        var (sentences, rate, _) = Narrate(Input("ferry.html", Page));
        Assert.Equal(("Die Fähre fährt heute wieder über den Fluss.", "espeak:de"), sentences[^1]);
        Assert.All(sentences.SkipLast(1), s => Assert.Equal("rms", s.Voice));
        Assert.Equal(16000, rate);
    }

    [Fact]
    public void Voice_for_chooses_the_voice_and_an_unknown_one_names_the_languages_voices()
    {
        var (sentences, rate, _) = Narrate(Input("ferry.html", Page), "--voice", "espeak:en-us", "--voice-for", "de=espeak:de", "--voice-for", "fr=espeak:fr-be");
        Assert.Equal("espeak:de", sentences[^1].Voice);
        Assert.Equal(22050, rate);

        var unknown = Aloud("narrate", Input("again.html", Page), "-o", Path.Combine(_dir, "x.wav"), "--voice-for", "de=espeak:xx-nothing");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--voice-for de: unknown voice 'espeak:xx-nothing'; voices for 'de' here: espeak:de", unknown.StandardError, StringComparison.Ordinal);
        var malformed = Aloud("narrate", Input("again.html", Page), "-o", Path.Combine(_dir, "x.wav"), "--voice-for", "espeak:de");
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("LANG=VOICE", malformed.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Ssml_xml_lang_sentences_get_their_languages_voice()
    {
        var ssml = Input("hello.ssml", """
            <speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-US">
              <p><s>The choir sang in three languages.</s><s xml:lang="fr-FR">Bonsoir à tous.</s><s xml:lang="es">Buenas noches.</s></p>
            </speak>
            """);
        var (sentences, _, _) = Narrate(ssml);
        Assert.Equal(["rms", "espeak:fr-fr", "espeak:es"], sentences.Select(s => s.Voice));
    }

    [Fact]
    public void A_missing_voice_is_an_error_naming_the_installed_voices_of_its_language()
    {
        var result = Aloud("narrate", Input("ferry.html", Page), "-o", Path.Combine(_dir, "x.wav"), "--voice", "piper:de_DE-gone-medium");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("voices for 'de' here: espeak:de", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void A_voices_default_rate_and_pauses_apply_unless_the_narration_sets_them()
    {
        var text = Input("story.txt", "The gate opened at dawn.\n\nThe first cart rolled through the square and stopped by the well.\n");
        var plain = Narrate(text, "--no-intro").Ms;

        var set = Aloud("voices", "set", "rms", "--rate", "1.5", "--sentence-pause", "0.3s", "--paragraph-pause", "1200ms");
        Assert.True(set.ExitCode == 0, set.StandardError);
        Assert.Equal("rms\trate 1.5, sentence pause 300 ms, paragraph pause 1200 ms", set.StandardOutput.Trim());
        Assert.Contains("[rate 1.5, sentence pause 300 ms, paragraph pause 1200 ms]", Aloud("voices", "list").StandardOutput, StringComparison.Ordinal);

        var faster = Narrate(text, "--no-intro").Ms;
        Assert.InRange(faster / plain, 0.55, 0.85);
        var overridden = Narrate(text, "--no-intro", "--rate", "1.0", "--paragraph-pause", "750").Ms;
        Assert.InRange(overridden / plain, 0.97, 1.03);

        Assert.Equal(2, Aloud("voices", "set", "rms", "--rate", "9").ExitCode);
        Assert.Equal(2, Aloud("voices", "set", "rms", "--sentence-pause", "soon").ExitCode);
        Assert.Equal(2, Aloud("voices", "set", "no-such-voice", "--rate", "1.1").ExitCode);
        Assert.Equal("rms\tno defaults of its own", Aloud("voices", "set", "rms", "--reset").StandardOutput.Trim());
        Assert.InRange(Narrate(text, "--no-intro").Ms / plain, 0.99, 1.01);
    }
}
