using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>Plain text, standard input and the other output formats, checked with ffprobe as a player would.</summary>
public sealed class NarrateFormatsTests : IDisposable
{
    private const string ScrapedText =
        "date 2025-03-02 NEW You can now listen to Valley Ledger articles!\n\n" +
        "The county fair will add a night market this summer, organizers said on Feb. 20.\n\n" +
        "\"We expect about 3,000 people a night,\" said director Ana Ruiz. \"It's a big step [for a small town].\"\n\n" +
        "CLICK HERE TO GET THE VALLEY LEDGER APP\n\n" +
        "The market opens June 14 and runs through its 12th weekend.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Text_from_stdin_becomes_ogg_opus_that_ffprobe_accepts()
    {
        var output = InFolder("fair.ogg");
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(ScrapedText), "narrate", "-", "-o", output, "--script", InFolder("fair.txt"), "--timings", InFolder("fair.json"));
        Assert.True(result.ExitCode == 0, result.StandardError);
        var (codec, channels, duration) = Probe(output);
        Assert.Equal("opus", codec);
        Assert.Equal(1, channels);
        Assert.InRange(duration, 10, 60);
        using var timings = JsonDocument.Parse(File.ReadAllBytes(InFolder("fair.json")));
        Assert.InRange(Math.Abs(duration * 1000 - timings.RootElement.GetProperty("durationMs").GetDouble()), 0, 50);

        var spoken = File.ReadAllText(InFolder("fair.txt"));
        Assert.DoesNotContain("listen", spoken);
        Assert.DoesNotContain("APP", spoken);
        Assert.Contains("Published March second, twenty twenty-five.", spoken);
        Assert.Contains("February twentieth", spoken);
        Assert.Contains("about three thousand people", spoken);
        Assert.Contains("its twelfth weekend", spoken);
    }

    [Fact]
    public void Wav_output_is_16_bit_mono_pcm()
    {
        var input = InFolder("fair.txt");
        File.WriteAllText(input, ScrapedText);
        var output = InFolder("fair.wav");
        var result = CliRunner.Run("narrate", input, "-o", output, "--no-intro", "-q");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("", result.StandardError);
        var (codec, channels, duration) = Probe(output);
        Assert.Equal("pcm_s16le", codec);
        Assert.Equal(1, channels);
        Assert.InRange(duration, 8, 60);
    }

    [Fact]
    public void Without_output_it_writes_an_mp3_named_after_the_input_in_the_current_folder()
    {
        var input = InFolder("market.txt");
        File.WriteAllText(input, ScrapedText);
        var result = CliRunner.RunIn(_folder, "narrate", "market.txt", "-q");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("mp3", Probe(InFolder("market.mp3")).Codec);
    }

    [Fact]
    public void A_faster_rate_gives_shorter_audio()
    {
        var input = InFolder("rate.txt");
        File.WriteAllText(input, ScrapedText);
        Assert.Equal(0, CliRunner.Run("narrate", input, "-o", InFolder("normal.wav"), "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("narrate", input, "-o", InFolder("fast.wav"), "--rate", "1.5", "-q").ExitCode);
        Assert.True(Probe(InFolder("fast.wav")).Duration < 0.85 * Probe(InFolder("normal.wav")).Duration);
    }

    [Fact]
    public void Espeak_voice_narrates_too()
    {
        var input = InFolder("espeak.txt");
        File.WriteAllText(input, ScrapedText);
        var result = CliRunner.Run("narrate", input, "-o", InFolder("espeak.ogg"), "--voice", "espeak:en-us", "-q");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.InRange(Probe(InFolder("espeak.ogg")).Duration, 8, 60);
    }

    private static (string Codec, int Channels, double Duration) Probe(string file)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "format=duration:stream=codec_name,channels", "-of", "json", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && errors.Length == 0, $"ffprobe rejected {file}: {errors}");
        using var doc = JsonDocument.Parse(json);
        var stream = doc.RootElement.GetProperty("streams")[0];
        var duration = double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        return (stream.GetProperty("codec_name").GetString()!, stream.GetProperty("channels").GetInt32(), duration);
    }
}
