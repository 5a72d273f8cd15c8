using System.Text.Json;
using Aloud.Audio;
using NLayer;

namespace Aloud.Tests.Commands;

/// <summary>`aloud narrate` end to end on the project's sample article, with the real engine and encoder.</summary>
public class NarrateSampleTests(SampleNarrationFixture sample) : IClassFixture<SampleNarrationFixture>
{
    private JsonElement Timings => Assert.IsType<JsonDocument>(sample.Timings, exactMatch: false).RootElement;

    private string Spoken => File.ReadAllText(sample.ScriptPath);

    [Fact]
    public void Succeeds_and_reports_what_it_wrote()
    {
        Assert.True(sample.Result.ExitCode == 0, sample.Result.StandardError);
        Assert.Contains("wrote", sample.Result.StandardError);
        Assert.Contains("synthesising:", sample.Result.StandardError);
    }

    [Fact]
    public void Mp3_is_mono_decodes_to_the_timed_duration_and_is_loudness_normalised()
    {
        using var mpeg = new MpegFile(sample.Mp3);
        Assert.Equal(1, mpeg.Channels);
        var samples = new List<float>();
        var buffer = new float[4096];
        int read;
        while ((read = mpeg.ReadSamples(buffer, 0, buffer.Length)) > 0)
        {
            samples.AddRange(buffer.AsSpan(0, read));
        }
        var decodedMs = samples.Count * 1000.0 / mpeg.SampleRate;
        Assert.InRange(decodedMs, 60_000, 420_000);
        Assert.InRange(decodedMs - Timings.GetProperty("durationMs").GetDouble(), -50, 50);
        var loudness = LoudnessMeter.Measure(new AudioBuffer([.. samples], mpeg.SampleRate));
        Assert.InRange(loudness.IntegratedLufs, -17, -15);
    }

    [Fact]
    public void Every_body_word_is_timed_in_order_inside_the_audio()
    {
        var text = Timings.GetProperty("text").GetString()!;
        var duration = Timings.GetProperty("durationMs").GetDouble();
        var bodyWords = Timings.GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("kind").GetString() is "paragraph" or "credit")
            .Sum(b => text.Substring(b.GetProperty("charStart").GetInt32(), b.GetProperty("charLength").GetInt32())
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var words = Timings.GetProperty("words").EnumerateArray().ToList();
        Assert.InRange(words.Count, (int)(0.95 * bodyWords), (int)(1.4 * bodyWords));
        var previousEnd = 0.0;
        foreach (var word in words)
        {
            var start = word.GetProperty("startMs").GetDouble();
            var end = word.GetProperty("endMs").GetDouble();
            Assert.True(start >= previousEnd - 1, $"'{word.GetProperty("text")}' starts at {start} before the previous word ends at {previousEnd}");
            Assert.True(end >= start && end <= duration, $"'{word.GetProperty("text")}' ends at {end}");
            var charEnd = word.GetProperty("charStart").GetInt32() + word.GetProperty("charLength").GetInt32();
            Assert.InRange(charEnd, 1, text.Length);
            previousEnd = end;
        }
    }

    [Fact]
    public void A_written_date_is_one_highlight_unit_for_its_spoken_words()
    {
        var text = Timings.GetProperty("text").GetString()!;
        var words = Timings.GetProperty("words").EnumerateArray().ToList();
        var december = words.First(w => w.GetProperty("text").GetString() == "December");
        var twelfth = words[words.IndexOf(december) + 1];
        Assert.Equal("twelfth", twelfth.GetProperty("text").GetString());
        string Written(JsonElement w) => text.Substring(w.GetProperty("charStart").GetInt32(), w.GetProperty("charLength").GetInt32());
        Assert.Equal("Dec. 12", Written(december));
        Assert.Equal("Dec. 12", Written(twelfth));
    }

    [Theory]
    [InlineData("Published October fourth, twenty twenty-five")]
    [InlineData("By Marisol Quintero")]
    [InlineData("on December twelfth")]
    [InlineData("on September ninth")]
    [InlineData("its twenty-fifth year")]
    [InlineData("in nineteen eighty-seven")]
    [InlineData("in twenty thirteen")]
    [InlineData("about forty thousand visitors")]
    [InlineData("the eighty-five thousand dollar grant")]
    [InlineData("its one hundredth anniversary")]
    [InlineData("in the nineteen nineties")]
    [InlineData("about fifteen percent more")]
    [InlineData("the town's second Street repairs")]
    [InlineData("a pain in the,")]
    [InlineData("Courier intern Daniel Osei contributed to this report.")]
    public void Says_the_tricky_spans_as_a_newsreader(string expected) => Assert.Contains(expected, Spoken);

    [Theory]
    [InlineData("You can now listen")]
    [InlineData("CLICK HERE")]
    [InlineData("NEWSLETTER")]
    [InlineData("DOWNLOAD THE")]
    [InlineData("Advertisement")]
    [InlineData("Most read")]
    [InlineData("Ferry schedule")]
    [InlineData("All rights reserved")]
    [InlineData("Paper lanterns float")]
    [InlineData("Subscribe")]
    [InlineData("dash")]
    [InlineData("bracket")]
    [InlineData("a--")]
    public void Never_speaks_boilerplate_or_punctuation_names(string unwanted) =>
        Assert.DoesNotContain(unwanted, Spoken, StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Headline_comes_first_and_the_credit_line_last()
    {
        var lines = File.ReadAllLines(sample.ScriptPath);
        Assert.StartsWith("Lighthouse keeper's granddaughter revives", lines[0]);
        Assert.Contains("contributed to this report", lines[^1]);
    }

    [Fact]
    public void Captions_have_one_cue_per_sentence_showing_the_written_text()
    {
        var vtt = File.ReadAllText(sample.VttPath);
        Assert.StartsWith("WEBVTT\n\n", vtt);
        var cues = vtt.Split(" --> ").Length - 1;
        Assert.Equal(Timings.GetProperty("sentences").GetArrayLength(), cues);
        Assert.Contains("Dec. 12", vtt);
    }
}
