using Aloud.Speech;
using Aloud.Speech.Flite;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Flite;

public sealed class FliteEngineTests
{
    private static readonly FliteEngine Engine = new();

    private static Voice V(string id) => Engine.Voices.Single(v => v.Id == id);

    [Fact]
    public void OffersAllFourDebianVoicesWithRmsFirst()
    {
        Assert.Equal(["rms", "slt", "awb", "kal16"], Engine.Voices.Select(v => v.Id));
        Assert.All(Engine.Voices, v => Assert.Equal("flite", v.Engine));
    }

    [Theory]
    [InlineData("rms")]
    [InlineData("slt")]
    [InlineData("awb")]
    [InlineData("kal16")]
    public void SpeaksAnOrdinarySentenceAudiblyAtAPlausibleLength(string voice)
    {
        var clip = Engine.Synthesize(Ordinary, V(voice), new SynthesisOptions());

        PlausibleSpeech(clip, Ordinary, V(voice).SampleRate);
        ValidTimings(clip, Ordinary, minWordMs: 30);
    }

    [Fact]
    public void WordTimingsFollowTheAudio()
    {
        var clip = Engine.Synthesize(Ordinary, V("rms"), new SynthesisOptions());
        var comma = Ordinary.Words.ToList().FindIndex(w => w.BreakAfter == WordBreak.Comma);
        var pause = (Start: clip.Words[comma].EndMs, End: clip.Words[comma + 1].StartMs);

        // Flite pauses at the comma, and the timings put that pause where the audio is quiet.
        Assert.True(pause.End - pause.Start >= 80, $"pause after the comma lasts {pause.End - pause.Start} ms");
        Assert.True(Rms(clip, pause.Start + 20, pause.End - 20) < Rms(clip.Samples) / 10);

        // Longer words take longer: "committee" against "the".
        var duration = (int i) => clip.Words[i].EndMs - clip.Words[i].StartMs;
        Assert.True(duration(1) > 2 * duration(0));
    }

    [Fact]
    public void SplitAndShortenedWordsStillGetOneTimingEach()
    {
        var clip = Engine.Synthesize(Tricky, V("rms"), new SynthesisOptions());

        ValidTimings(clip, Tricky, minWordMs: 50);
        var seventh = Tricky.Words.ToList().FindIndex(w => w.Text == "thirty-seventh");
        Assert.True(clip.Words[seventh].EndMs - clip.Words[seventh].StartMs > 400, "both halves of 'thirty-seventh' belong to it");
    }

    [Fact]
    public void FasterRateGivesClearlyShorterAudio()
    {
        var normal = Engine.Synthesize(Ordinary, V("slt"), new SynthesisOptions(1.0));
        var fast = Engine.Synthesize(Ordinary, V("slt"), new SynthesisOptions(1.5));

        Assert.InRange(fast.DurationMs / normal.DurationMs, 0.55, 0.8);
        ValidTimings(fast, Ordinary, minWordMs: 20);
    }

    [Fact]
    public void RateScalesTheVoicesOwnStretchRatherThanReplacingIt()
    {
        // kal16 is built to speak at 1.1x its raw durations; rate 1.0 must keep that (as the flite CLI does).
        Assert.Equal(1.1f, FliteNative.Instance.Voices["kal16"].DurationStretch, 3);
        Assert.Equal(1.0f, FliteNative.Instance.Voices["rms"].DurationStretch, 3);
    }

    [Fact]
    public async Task ConcurrentSynthesesOnOneVoiceWithDifferentRatesMatchSerialOnes()
    {
        double[] rates = [1.0, 1.25, 1.5, 0.8];
        var serial = rates.Select(r => Engine.Synthesize(Ordinary, V("rms"), new SynthesisOptions(r))).ToArray();

        var concurrent = await Task.WhenAll(rates.Select(r => Task.Run(() => Engine.Synthesize(Ordinary, V("rms"), new SynthesisOptions(r)))));

        for (var i = 0; i < rates.Length; i++)
        {
            // Rate lives on each utterance, not the shared voice: a concurrent call must not pick up another's.
            Assert.Equal(serial[i].Samples.Length, concurrent[i].Samples.Length);
            Assert.True(Rms(concurrent[i].Samples) > 0.02);
            ValidTimings(concurrent[i], Ordinary, minWordMs: 20);
        }
    }

    [Fact]
    public void MarkupLikeTextIsReadAsText()
    {
        var clip = Engine.Synthesize(MarkupLike, V("rms"), new SynthesisOptions());

        Assert.True(clip.DurationMs < 8000, $"{clip.DurationMs} ms: a 5 s break was obeyed");
        Assert.True(LongestSilenceMs(clip) < 1000, $"{LongestSilenceMs(clip)} ms of silence");
        ValidTimings(clip, MarkupLike);
    }

    [Fact]
    public void NonAsciiIsFoldedNotSpokenAsJunk()
    {
        var folded = Engine.Synthesize(Sentence("the cafe was naive"), V("rms"), new SynthesisOptions());
        var accented = Sentence("the caf\u00e9 was na\u00efve \u2014");

        var clip = Engine.Synthesize(accented, V("rms"), new SynthesisOptions());

        Assert.Equal(folded.Samples.Length, clip.Samples.Length);
        ValidTimings(clip, accented);
    }

    [Fact]
    public void RejectsARateOutsideTheSupportedRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Synthesize(Ordinary, V("rms"), new SynthesisOptions(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Engine.Synthesize(Ordinary, V("rms"), new SynthesisOptions(double.NaN)));
    }

    [Fact]
    public void The_same_sentence_gives_the_same_samples_every_time_even_amid_other_syntheses()
    {
        var sentence = new SpeechSentence([new SpeechWord("Crews"), new SpeechWord("worked"), new SpeechWord("through"), new SpeechWord("the"), new SpeechWord("night")]);
        var other = new SpeechSentence([new SpeechWord("Storm"), new SpeechWord("surge"), new SpeechWord("expected")]);
        var first = Engine.Synthesize(sentence, V("rms"), new SynthesisOptions());
        var clips = new Clip[4];
        Parallel.For(0, clips.Length, i => clips[i] = Engine.Synthesize(i % 2 == 0 ? sentence : other, V("rms"), new SynthesisOptions()));
        Assert.Equal(first.Samples, clips[0].Samples);
        Assert.Equal(first.Samples, clips[2].Samples);
        Assert.Equal(clips[1].Samples, clips[3].Samples);
    }

    [Fact]
    public async Task The_same_sentence_gives_the_same_samples_while_espeak_speaks_on_other_threads()
    {
        // eSpeak NG draws from the same C generator as Flite's noise: a passage in another language read by eSpeak
        // beside an English one read by Flite must not change Flite's bytes.
        var sentence = new SpeechSentence([new SpeechWord("Crews"), new SpeechWord("worked"), new SpeechWord("through"), new SpeechWord("the"), new SpeechWord("night")]);
        var first = Engine.Synthesize(sentence, V("rms"), new SynthesisOptions());
        var espeak = new Aloud.Speech.Espeak.EspeakEngine();
        var german = espeak.Voices.First(v => v.Language.StartsWith("de", StringComparison.Ordinal));
        var passage = new SpeechSentence([new SpeechWord("Die"), new SpeechWord("Mannschaft"), new SpeechWord("arbeitete"), new SpeechWord("die"), new SpeechWord("ganze"), new SpeechWord("Nacht")]);
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested) espeak.Synthesize(passage, german, new SynthesisOptions());
        })).ToList();
        try
        {
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal(first.Samples, Engine.Synthesize(sentence, V("rms"), new SynthesisOptions()).Samples);
            }
        }
        finally
        {
            stop.Cancel();
            await Task.WhenAll(readers);
        }
    }

    [Fact]
    public void Reproducible_synthesis_is_one_at_a_time_and_parallel_synthesis_uses_every_core()
    {
        // Only the declared parallelism here: synthesising in parallel mode would move the noise generator that the
        // reproducible tests of this process rely on (a process uses one mode; decision 0005).
        Assert.Equal(1, new FliteEngine().MaxParallelism);
        Assert.Equal(Environment.ProcessorCount, new FliteEngine(reproducible: false).MaxParallelism);
        Assert.Equal(Environment.ProcessorCount, new SpeechEngines(reproducibleFlite: false).Flite.MaxParallelism);
    }
}
