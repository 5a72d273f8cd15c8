using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>SSML input end to end: prosody rates, sub and say-as in the timings, captions and script the CLI writes.</summary>
public sealed class NarrateSsmlTests : IDisposable
{
    private const string Words = "Nine copper kettles rattled on the stove while the ferry horn sounded twice";

    private const string Story =
        "<speak>\n"
        + "  <p>The <sub alias=\"Riverside Rowing Club\">RRC</sub> rows on <say-as interpret-as=\"date\" format=\"mdy\">5/9/2025</say-as>.</p>\n"
        + $"  <p>{Words}.</p>\n"
        + $"  <p><prosody rate=\"x-fast\">{Words}.</prosody></p>\n"
        + "</speak>\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-ssml-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private string WriteSsml(string text)
    {
        var path = InFolder("story.ssml");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Timings_captions_and_script_of_an_ssml_input()
    {
        var result = CliRunner.Run(
            "narrate", WriteSsml(Story), "-o", InFolder("story.wav"), "--timings", InFolder("story.json"), "--vtt", InFolder("story.vtt"),
            "--script", InFolder("story.txt"), "-q");
        Assert.True(result.ExitCode == 0, result.StandardError);

        using var timings = JsonDocument.Parse(File.ReadAllBytes(InFolder("story.json")));
        var root = timings.RootElement;
        var text = root.GetProperty("text").GetString()!;
        Assert.Equal($"The RRC rows on 5/9/2025.\n\n{Words}.\n\n{Words}.", text);
        var words = root.GetProperty("words").EnumerateArray().Select(w => (
            Spoken: w.GetProperty("text").GetString()!,
            Written: text.Substring(w.GetProperty("charStart").GetInt32(), w.GetProperty("charLength").GetInt32()),
            Sentence: w.GetProperty("sentence").GetInt32(),
            StartMs: w.GetProperty("startMs").GetDouble(),
            EndMs: w.GetProperty("endMs").GetDouble())).ToList();
        Assert.Equal(
            ["The=The", "Riverside=RRC", "Rowing=RRC", "Club=RRC", "rows=rows", "on=on", "May=5/9/2025", "ninth=5/9/2025", "twenty=5/9/2025", "twenty-five=5/9/2025"],
            words.Where(w => w.Sentence == 0).Select(w => $"{w.Spoken}={w.Written}"));

        // x-fast is 1.6x: the same words in one run take about 0.63 of the time.
        double SpokenMs(int sentence) => words.Where(w => w.Sentence == sentence).Max(w => w.EndMs) - words.Where(w => w.Sentence == sentence).Min(w => w.StartMs);
        Assert.InRange(SpokenMs(2) / SpokenMs(1), 0.5, 0.8);
        Assert.All(words.Zip(words.Skip(1)), pair => Assert.True(pair.Second.StartMs >= pair.First.EndMs - 1, $"{pair.Second.Spoken} overlaps"));
        Assert.True(words[^1].EndMs <= root.GetProperty("durationMs").GetDouble());

        var vtt = File.ReadAllText(InFolder("story.vtt"));
        Assert.Contains("\nThe RRC rows on 5/9/2025.\n", vtt, StringComparison.Ordinal);
        Assert.Equal(2, vtt.Split($"\n{Words}.\n").Length - 1);
        Assert.DoesNotContain("Riverside", vtt, StringComparison.Ordinal);

        var script = File.ReadAllText(InFolder("story.txt"));
        Assert.StartsWith("The Riverside Rowing Club rows on May ninth, twenty twenty-five.\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_rate_is_refused_with_one_line_naming_it()
    {
        var output = InFolder("bad.wav");
        var result = CliRunner.Run("narrate", WriteSsml("<speak><prosody rate=\"very quick\">Hurry up.</prosody></speak>"), "-o", output);
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("aloud: SSML <prosody rate=\"very quick\"> is not a rate", result.StandardError, StringComparison.Ordinal);
        Assert.Single(result.StandardError.TrimEnd('\n').Split('\n'));
        Assert.False(File.Exists(output));
    }
}
