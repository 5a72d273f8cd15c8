using System.Diagnostics;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>The sample narration says what it is, read back by ffprobe as any player or tagger would.</summary>
public class NarrateTagsTests(SampleNarrationFixture sample) : IClassFixture<SampleNarrationFixture>
{
    [Fact]
    public void Mp3_carries_the_headline_date_voice_and_synthetic_speech_mark()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.StandardError);

        Dictionary<string, string> tags = FormatTags(sample.Mp3);

        Assert.Equal("Lighthouse keeper's granddaughter revives the Harbor Lantern Festival", tags["title"]);
        Assert.Equal("2025-10-04", tags["date"]);
        Assert.Contains("Marisol Quintero", tags["artist"]);
        Assert.Equal("rms", tags["VOICE"]);
        Assert.Equal("synthetic-speech; generator=Aloud; voice=rms", tags["SYNTHETIC_SPEECH"]);
        Assert.Equal("Aloud", tags["encoded_by"]);
    }

    private static Dictionary<string, string> FormatTags(string file)
    {
        var start = new ProcessStartInfo("ffprobe", ["-v", "error", "-show_entries", "format_tags", "-of", "json", file])
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
        return doc.RootElement.GetProperty("format").GetProperty("tags").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }
}
