using System.Text.Json;
using Aloud.Tests.Speech.Kokoro;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Commands;

/// <summary>
/// <c>aloud voices install | list | remove | test</c> and <c>narrate --voice piper:NAME</c>, as a user runs them, on a
/// tiny model with Piper's signature in a catalogue of its own (ALOUD_VOICES).
/// </summary>
public sealed class VoicesCommandTests
{
    private readonly string _catalogue = TinyVoices.Temp("cli-catalogue");

    private CliResult Aloud(params string[] args) => CliRunner.RunWithVariable("ALOUD_VOICES", _catalogue, args);

    [Fact]
    public void InstalledVoiceIsListedNarratesAtItsSampleRateWithTimingsAndIsRemoved()
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("cli-source"), "tinyvoice", "wave", TinyVoices.Config(16000));
        var install = Aloud("voices", "install", source);
        Assert.Equal(0, install.ExitCode);
        Assert.StartsWith("piper:tinyvoice\tinstalled", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("already installed", Aloud("voices", "install", source).StandardOutput, StringComparison.Ordinal);
        Assert.Contains("piper:tinyvoice", Aloud("voices").StandardOutput, StringComparison.Ordinal);
        Assert.Contains("piper:tinyvoice", Aloud("voices", "list").StandardOutput, StringComparison.Ordinal);

        var dir = TinyVoices.Temp("cli-narrate");
        var input = Path.Combine(dir, "story.txt");
        File.WriteAllText(input, "A quiet harbor.\n\nThe ferry left at noon, and the gulls followed it out past the wall.\n");
        var narrate = Aloud("narrate", input, "--no-intro", "--voice", "piper:tinyvoice", "-o", Path.Combine(dir, "out.wav"), "--timings", Path.Combine(dir, "out.json"));
        Assert.True(narrate.ExitCode == 0, narrate.StandardError);
        var wav = File.ReadAllBytes(Path.Combine(dir, "out.wav"));
        Assert.Equal(16000, BitConverter.ToInt32(wav, 24));
        using var timings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out.json")));
        var words = timings.RootElement.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(17, words.Count);
        Assert.All(words.Zip(words.Skip(1)), p => Assert.True(p.Second.GetProperty("startMs").GetDouble() >= p.First.GetProperty("endMs").GetDouble() - 1));

        var test = Aloud("voices", "test", "piper:tinyvoice", "Testing one two.", "-o", Path.Combine(dir, "test.wav"));
        Assert.True(test.ExitCode == 0, test.StandardError);
        Assert.Contains("real-time factor", test.StandardOutput, StringComparison.Ordinal);

        Assert.Equal(0, Aloud("voices", "remove", "piper:tinyvoice").ExitCode);
        Assert.DoesNotContain("piper:tinyvoice", Aloud("voices", "list").StandardOutput, StringComparison.Ordinal);
        var gone = Aloud("voices", "remove", "piper:tinyvoice");
        Assert.Equal(2, gone.ExitCode);
    }

    [Fact]
    public void KokoroModelInstallsItsVoicesWhichNarrateAt24KilohertzWithTimingsAndAreRemoved()
    {
        var install = Aloud("voices", "install", TinyKokoro.Source("kokoro-durations"));
        Assert.True(install.ExitCode == 0, install.StandardError);
        Assert.StartsWith("kokoro:af_tiny\tinstalled\ten-US, 24000 Hz", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("kokoro:bm_tiny\tinstalled\ten-GB", install.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("skipped 1 voice (jf_tiny): Japanese", install.StandardError, StringComparison.Ordinal);
        var list = Aloud("voices", "list").StandardOutput;
        Assert.Contains("kokoro:af_tiny", list, StringComparison.Ordinal);
        Assert.DoesNotContain("jf_tiny", list, StringComparison.Ordinal);

        var dir = TinyVoices.Temp("cli-kokoro");
        var input = Path.Combine(dir, "story.txt");
        File.WriteAllText(input, "A quiet harbor.\n\nThe ferry left at noon, and the gulls followed it out past the wall.\n");
        var narrate = Aloud("narrate", input, "--no-intro", "--voice", "kokoro:af_tiny", "-o", Path.Combine(dir, "out.wav"), "--timings", Path.Combine(dir, "out.json"));
        Assert.True(narrate.ExitCode == 0, narrate.StandardError);
        var wav = File.ReadAllBytes(Path.Combine(dir, "out.wav"));
        Assert.Equal(24000, BitConverter.ToInt32(wav, 24));
        using var timings = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "out.json")));
        var words = timings.RootElement.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(17, words.Count);
        Assert.All(words.Zip(words.Skip(1)), p => Assert.True(p.Second.GetProperty("startMs").GetDouble() >= p.First.GetProperty("endMs").GetDouble() - 1));

        var test = Aloud("voices", "test", "kokoro:bm_tiny", "Testing one two.", "-o", Path.Combine(dir, "test.wav"));
        Assert.True(test.ExitCode == 0, test.StandardError);
        Assert.Contains("at 24000 Hz", test.StandardOutput, StringComparison.Ordinal);

        Assert.Equal(0, Aloud("voices", "remove", "kokoro:af_tiny").ExitCode);
        Assert.Equal(0, Aloud("voices", "remove", "kokoro:bm_tiny").ExitCode);
        Assert.DoesNotContain("kokoro:", Aloud("voices", "list").StandardOutput, StringComparison.Ordinal);
        Assert.Equal(2, Aloud("voices", "remove", "kokoro:af_tiny").ExitCode);
        var gone = Aloud("narrate", input, "--voice", "kokoro:af_tiny", "-o", Path.Combine(dir, "x.wav"));
        Assert.Equal(2, gone.ExitCode);
        Assert.Contains("no Kokoro voice is", gone.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenKokoroVoicesFileIsRefusedOnOneLine()
    {
        var install = Aloud("voices", "install", TinyKokoro.Source(voices: "bad-cut.npz"));
        Assert.Equal(3, install.ExitCode);
        Assert.Contains("cut short", install.StandardError, StringComparison.Ordinal);
        Assert.Single(install.StandardError.Trim().Split('\n'));
    }

    [Fact]
    public void BrokenVoiceIsRefusedOnOneLineAndMissingVoiceIsAUsageError()
    {
        var source = TinyVoices.Pair(TinyVoices.Temp("cli-source"), "broken", "wave", "{\"audio\": {\"sample_rate\": 22050}}");
        var install = Aloud("voices", "install", source);
        Assert.Equal(3, install.ExitCode);
        Assert.Contains("espeak.voice is missing", install.StandardError, StringComparison.Ordinal);
        Assert.Single(install.StandardError.Trim().Split('\n'));

        var narrate = Aloud("narrate", "-", "--voice", "piper:absent", "-o", Path.Combine(TinyVoices.Temp("cli-out"), "x.wav"));
        Assert.Equal(2, narrate.ExitCode);
        Assert.Contains("aloud voices install", narrate.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void FliteNarrationAndListingNeverLoadOnnxRuntime()
    {
        // The dynamic loader names every library it opens (LD_DEBUG=files): ONNX Runtime must not be among them.
        var dir = TinyVoices.Temp("cli-flite");
        var input = Path.Combine(dir, "short.txt");
        File.WriteAllText(input, "A short test.\n");
        var narrate = CliRunner.RunWithVariable("LD_DEBUG", "files", "narrate", input, "-o", Path.Combine(dir, "out.wav"), "-q");
        Assert.Equal(0, narrate.ExitCode);
        Assert.Contains("libflite", narrate.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("libonnxruntime", narrate.StandardError, StringComparison.Ordinal);
        var list = CliRunner.RunWithVariable("LD_DEBUG", "files", "voices", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.DoesNotContain("libonnxruntime", list.StandardError, StringComparison.Ordinal);
    }
}
