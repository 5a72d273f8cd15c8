using Aloud.Speech;
using Aloud.Speech.Espeak;
using static Aloud.Tests.Speech.SpeechAssert;

namespace Aloud.Tests.Speech.Espeak;

[Collection(Aloud.Tests.Speech.EspeakCollection.Name)]
public sealed class EspeakEngineTests
{
    private static readonly EspeakEngine Engine = new();

    private static Voice V(string id) => Engine.Voices.Single(v => v.Id == id);

    [Fact]
    public void OffersUsEnglishFirstAndManyLanguages()
    {
        Assert.Equal("espeak:en-us", Engine.Voices[0].Id);
        Assert.Equal("espeak:en-gb", Engine.Voices[1].Id);
        foreach (var language in new[] { "de", "es", "it", "nl", "pl", "pt", "fr-fr" })
        {
            Assert.Contains(Engine.Voices, v => v.Id == "espeak:" + language);
        }

        Assert.Equal(Engine.Voices.Count, Engine.Voices.Select(v => v.Id).Distinct().Count());
        Assert.Equal(1, Engine.MaxParallelism);
    }

    [Fact]
    public void SpeaksAnOrdinarySentenceAudiblyAtAPlausibleLength()
    {
        var clip = Engine.Synthesize(Ordinary, V("espeak:en-us"), new SynthesisOptions());

        PlausibleSpeech(clip, Ordinary, 22050);
        ValidTimings(clip, Ordinary, minWordMs: 30);
        Assert.Equal(clip.DurationMs, clip.Words[^1].EndMs, 3);
    }

    [Theory]
    [InlineData("espeak:en-gb", "The weather in the north will be cold and wet for most of the week ahead")]
    [InlineData("espeak:de", "Das Wetter im Norden bleibt in dieser Woche kalt und nass, sagen die Meteorologen")]
    [InlineData("espeak:fr-fr", "Le temps restera froid et humide dans le nord pendant toute la semaine prochaine")]
    public void SpeaksOtherVoicesAndLanguages(string voice, string text)
    {
        var sentence = Sentence(text);
        var clip = Engine.Synthesize(sentence, V(voice), new SynthesisOptions());

        Assert.True(Rms(clip.Samples) > 0.02);
        ValidTimings(clip, sentence, minWordMs: 30);
    }

    [Fact]
    public void SplitAndShortenedWordsStillGetOneTimingEach()
    {
        var clip = Engine.Synthesize(Tricky, V("espeak:en-us"), new SynthesisOptions());

        ValidTimings(clip, Tricky, minWordMs: 30);
    }

    [Fact]
    public void FasterRateGivesClearlyShorterAudio()
    {
        var normal = Engine.Synthesize(Ordinary, V("espeak:en-us"), new SynthesisOptions(1.0));
        var fast = Engine.Synthesize(Ordinary, V("espeak:en-us"), new SynthesisOptions(1.5));

        Assert.InRange(fast.DurationMs / normal.DurationMs, 0.55, 0.8);
        ValidTimings(fast, Ordinary, minWordMs: 20);
    }

    [Fact]
    public void ConcurrentCallsAreSerialisedAndEachIsValid()
    {
        // Long sentences, released together on dedicated threads, so that unserialised calls would overlap.
        var sentence = Sentence(string.Join(' ', Enumerable.Repeat(Ordinary.Words.Select(w => w.Text), 3).SelectMany(w => w)));
        string[] voices = ["espeak:en-us", "espeak:de", "espeak:en-gb", "espeak:en-us"];
        var serial = voices.Select(v => Engine.Synthesize(sentence, V(v), new SynthesisOptions()).DurationMs).ToArray();
        var before = EspeakOwner.Instance.SynthesisCount;
        using var start = new Barrier(voices.Length);
        var results = new Clip[voices.Length, 3];
        var failures = new System.Collections.Concurrent.ConcurrentBag<Exception>();

        var threads = voices.Select((v, i) => new Thread(() =>
        {
            start.SignalAndWait();
            try
            {
                for (var k = 0; k < 3; k++)
                {
                    results[i, k] = Engine.Synthesize(sentence, V(v), new SynthesisOptions());
                }
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Empty(failures);
        Assert.Equal(before + (voices.Length * 3), EspeakOwner.Instance.SynthesisCount);
        for (var i = 0; i < voices.Length; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                // Interleaved calls would mix voices and audio; eSpeak's own run-to-run jitter is tens of ms.
                Assert.InRange(results[i, k].DurationMs, serial[i] - 150, serial[i] + 150);
                Assert.True(Rms(results[i, k].Samples) > 0.02);
                ValidTimings(results[i, k], sentence, minWordMs: 20);
            }
        }
    }

    [Fact]
    public void MarkupLikeTextIsReadAsText()
    {
        var clip = Engine.Synthesize(MarkupLike, V("espeak:en-us"), new SynthesisOptions());

        Assert.True(clip.DurationMs < 8000, $"{clip.DurationMs} ms: a 5 s break was obeyed");
        Assert.True(LongestSilenceMs(clip) < 1000, $"{LongestSilenceMs(clip)} ms of silence");
        ValidTimings(clip, MarkupLike, minWordMs: 20);
    }
}
