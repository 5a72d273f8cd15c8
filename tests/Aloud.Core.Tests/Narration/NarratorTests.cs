using System.Text.Json;
using Aloud.Audio;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Tests.Narration;

/// <summary>The narrator with the real Flite engine on a small article of our own.</summary>
[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class NarratorTests : IDisposable
{
    private static readonly Article Story = new(
        "Night market opens on the pier",
        "Lee Ortega",
        new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.FromHours(-5)),
        "en-US",
        null,
        [
            new ArticleBlock(BlockKind.Paragraph, "The pier's first night market opened on June 14 with about 60 stalls."),
            new ArticleBlock(BlockKind.Paragraph, "\"It was busy -- really busy,\" said vendor Sam Park. Was it worth it? He thinks so."),
        ]);

    private readonly SpeechEngines _engines = new();

    public void Dispose() => _engines.Dispose();

    private global::Aloud.Narration.Narration Narrate(string voiceId = "rms")
    {
        var (engine, voice) = _engines.Resolve(voiceId);
        var script = new ScriptWriter().Write(Story);
        return new Narrator(engine, voice, new SynthesisOptions()).Narrate(script);
    }

    [Theory]
    [InlineData("rms")]
    [InlineData("espeak:en-us")]
    public void Every_word_is_timed_in_order_inside_the_audio(string voiceId)
    {
        var narration = Narrate(voiceId);
        Assert.Equal(narration.Script.WordCount, narration.Words.Count);
        for (var i = 0; i < narration.Words.Count; i++)
        {
            var word = narration.Words[i];
            Assert.True(word.EndMs >= word.StartMs, $"{word.Spoken} ends before it starts");
            Assert.True(word.EndMs <= narration.DurationMs);
            if (i > 0)
            {
                Assert.True(word.StartMs >= narration.Words[i - 1].EndMs - 1, $"{word.Spoken} overlaps the word before");
            }
        }
    }

    [Fact]
    public void Loudness_is_normalised_over_the_whole_article()
    {
        var narration = Narrate();
        var measured = LoudnessMeter.Measure(narration.Audio);
        Assert.InRange(measured.IntegratedLufs, -17, -15);
        Assert.True(measured.TruePeakDbtp <= -1.0, $"true peak {measured.TruePeakDbtp} dBTP");
    }

    [Fact]
    public void Sentences_are_separated_by_pauses_by_class()
    {
        var narration = Narrate();
        var gaps = narration.Sentences.Zip(narration.Sentences.Skip(1), (a, b) => b.StartMs - a.EndMs).ToList();
        var pauses = new PausePlan();
        // Headline -> byline is a section pause; inside the last paragraph a question is followed by a sentence pause.
        Assert.Equal(pauses.Section, gaps[0], 1);
        Assert.Contains(gaps, g => Math.Abs(g - pauses.SentenceEmphatic) < 1);
        Assert.Contains(gaps, g => Math.Abs(g - pauses.Paragraph) < 1);
        Assert.All(gaps, g => Assert.InRange(g, pauses.Sentence - 1, pauses.Section + 1));
    }

    [Fact]
    public void A_censored_last_word_is_bleeped_between_its_sentence_and_the_next()
    {
        var (engine, voice) = _engines.Resolve("rms");
        var article = Story with { Blocks = [new ArticleBlock(BlockKind.Paragraph, "The crowd yelled b------t. Then it went quiet.")] };
        var options = new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false, BleepMaskedWords = true };
        var narration = new Narrator(engine, voice, new SynthesisOptions()).Narrate(new ScriptWriter(options).Write(article));

        var pauses = new PausePlan();
        var gap = narration.Sentences[1].StartMs - narration.Sentences[0].EndMs;
        Assert.Equal(pauses.Bleep + (2 * ClipAssembler.BleepMarginMs) + pauses.Sentence, gap, 1);
        // The bleep is sound: the first part of the gap is loud, the sentence pause after it is silent.
        var rate = narration.Audio.SampleRate;
        double Rms(double fromMs, double toMs)
        {
            var from = (int)(fromMs * rate / 1000);
            var to = (int)(toMs * rate / 1000);
            return Math.Sqrt(narration.Audio.Samples[from..to].Average(x => (double)x * x));
        }
        var bleepStart = narration.Sentences[0].EndMs + ClipAssembler.BleepMarginMs;
        Assert.True(Rms(bleepStart + 20, bleepStart + pauses.Bleep - 20) > 0.05, "the bleep is audible");
        Assert.True(Rms(narration.Sentences[1].StartMs - pauses.Sentence + 20, narration.Sentences[1].StartMs - 20) < 0.001, "the pause after it is silent");
    }

    [Fact]
    public void A_censored_word_inside_a_sentence_leaves_a_gap_clearly_longer_than_a_comma()
    {
        var (engine, voice) = _engines.Resolve("rms");
        var article = Story with { Blocks = [new ArticleBlock(BlockKind.Paragraph, "\"It kicks a--, honestly,\" the coach said.")] };
        var options = new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false };
        var script = new ScriptWriter(options).Write(article);
        var pauses = new PausePlan() with { MaskedGap = 800 };
        var narration = new Narrator(engine, voice, new SynthesisOptions(), pauses).Narrate(script);
        var words = narration.Words.ToList();
        var kicks = words.FindIndex(w => w.Spoken == "kicks");
        Assert.Equal(800, words[kicks + 1].StartMs - words[kicks].EndMs, 1);
        var honestly = words.FindIndex(w => w.Spoken == "honestly");
        Assert.True(words[honestly + 1].StartMs - words[honestly].EndMs < 400, "a comma stays a comma");
    }

    [Fact]
    public void Timings_json_lists_words_sentences_blocks_and_the_text()
    {
        var narration = Narrate();
        using var stream = new MemoryStream();
        TimingsJsonWriter.Write(narration, stream);
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal(narration.Script.Text, root.GetProperty("text").GetString());
        Assert.Equal("rms", root.GetProperty("voice").GetString());
        Assert.Equal(narration.Words.Count, root.GetProperty("words").GetArrayLength());
        var june = root.GetProperty("words").EnumerateArray().Last(w => w.GetProperty("text").GetString() == "June");
        var span = narration.Script.Text.Substring(june.GetProperty("charStart").GetInt32(), june.GetProperty("charLength").GetInt32());
        Assert.Equal("June 14", span);
        Assert.Equal("headline", root.GetProperty("blocks")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void WebVtt_has_a_cue_per_sentence_with_valid_stamps()
    {
        var narration = Narrate();
        var writer = new StringWriter();
        WebVttWriter.Write(narration, writer);
        var lines = writer.ToString().Split('\n');
        Assert.Equal("WEBVTT", lines[0]);
        var stamps = lines.Where(l => l.Contains(" --> ")).ToList();
        Assert.Equal(narration.Sentences.Count, stamps.Count);
        Assert.All(stamps, s => Assert.Matches(@"^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$", s));
        Assert.Contains("June 14", writer.ToString());
    }

    [Fact]
    public void Progress_reaches_every_sentence()
    {
        var (engine, voice) = _engines.Resolve("rms");
        var script = new ScriptWriter().Write(Story);
        var reports = new System.Collections.Concurrent.ConcurrentBag<NarrationProgress>();
        new Narrator(engine, voice, new SynthesisOptions()).Narrate(script, new SynchronousProgress(reports.Add));
        Assert.Equal(script.Sentences.Count, reports.Count);
        Assert.Contains(reports, r => r.SentencesDone == script.Sentences.Count && r.AudioSeconds > 1);
    }

    private sealed class SynchronousProgress(Action<NarrationProgress> report) : IProgress<NarrationProgress>
    {
        public void Report(NarrationProgress value) => report(value);
    }
}
