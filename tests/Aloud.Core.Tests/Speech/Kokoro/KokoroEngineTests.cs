using Aloud.Speech;
using Aloud.Speech.Kokoro;
using Aloud.Speech.Phonemes;
using Aloud.Speech.Piper;
using Aloud.Tests.Speech.Piper;

namespace Aloud.Tests.Speech.Kokoro;

/// <summary>The Kokoro engine against tiny models whose output echoes what they were fed (tokens, style, speed).</summary>
public sealed class KokoroEngineTests
{
    private static SpeechSentence Sentence(string text, char terminator = '.') =>
        new(text.Split(' ').Select(w => w.EndsWith(',') ? new SpeechWord(w[..^1], WordBreak.Comma) : new SpeechWord(w)).ToList(), terminator);

    /// <summary>One call as an echo model reports it: the tokens it was fed (pads included), its style's first two values, its speed.</summary>
    private sealed record Call(long[] Ids, double StyleRow, double StyleVoice, double Speed);

    /// <summary>The calls in an echo clip: each is 0, tokens, 0, then three values.</summary>
    private static List<Call> Calls(Clip clip)
    {
        var calls = new List<Call>();
        var s = clip.Samples;
        for (var i = 0; i < s.Length;)
        {
            Assert.Equal(0, Math.Round(s[i] * 1000));
            var end = i + 1;
            while (Math.Round(s[end] * 1000) != 0)
            {
                end++;
            }

            calls.Add(new Call(s[i..(end + 1)].Select(x => (long)Math.Round(x * 1000)).ToArray(), Math.Round(s[end + 1] * 1000), s[end + 2], s[end + 3]));
            i = end + 4;
        }

        return calls;
    }

    private static string Said(long[] ids) => string.Concat(ids[1..^1].Select(id => TinyVoices.Symbols[(int)id - 1]));

    private static (KokoroEngine Engine, Voice Voice) Voice(string model, string id = "kokoro:af_tiny", int maxTokens = 510)
    {
        var engine = new KokoroEngine(TinyKokoro.Catalogue(model), maxTokens: maxTokens);
        return (engine, engine.Resolve(id));
    }

    [Fact]
    public void FeedsTokensBetweenPadsWithTheStyleRowOfTheirCountAndTheRateAsSpeed()
    {
        var (engine, voice) = Voice("kokoro-echo");
        Assert.Equal(24000, voice.SampleRate);
        Assert.Equal("en-US", voice.Language);
        var clip = engine.Synthesize(Sentence("Hello, big world"), voice, new SynthesisOptions(0.75));
        Assert.Equal(24000, clip.SampleRate);
        var call = Assert.Single(Calls(clip));
        Assert.Equal(0, call.Ids[0]);
        Assert.Equal(0, call.Ids[^1]);
        var said = Said(call.Ids);
        Assert.Contains(", ", said, StringComparison.Ordinal);
        Assert.Contains("ˈ", said, StringComparison.Ordinal);
        Assert.EndsWith(".", said, StringComparison.Ordinal);
        // Row = tokens - 1 (the pads not counted); af_tiny's second value is 0.5; speed is the rate.
        Assert.Equal(call.Ids.Length - 3, call.StyleRow);
        Assert.Equal(0.5, call.StyleVoice, 4);
        Assert.Equal(0.75, call.Speed, 4);
    }

    [Fact]
    public void OlderExportNamesAndAnotherVoiceWork()
    {
        var (engine, voice) = Voice("kokoro-old", "kokoro:bm_tiny");
        Assert.Equal("en-GB", voice.Language);
        var call = Assert.Single(Calls(engine.Synthesize(Sentence("Is it", '?'), voice, new SynthesisOptions())));
        Assert.EndsWith("?", Said(call.Ids), StringComparison.Ordinal);
        Assert.Equal(0.25, call.StyleVoice, 4);
    }

    [Fact]
    public void LongSentenceIsCutAtClauseMarksIntoCallsUnderTheLimitAndNothingIsLost()
    {
        var (engine, voice) = Voice("kokoro-echo", maxTokens: 40);
        var sentence = Sentence("the ferry left at noon, the gulls followed it out, past the wall and the lighthouse, into open water, where the wind rose");
        var calls = Calls(engine.Synthesize(sentence, voice, new SynthesisOptions()));
        var whole = Said(Calls(new KokoroEngine(TinyKokoro.Catalogue("kokoro-echo")).Synthesize(sentence, voice, new SynthesisOptions()))[0].Ids);

        Assert.True(calls.Count >= 3, $"{calls.Count} calls");
        Assert.All(calls, c => Assert.InRange(c.Ids.Length - 2, 1, 40));
        Assert.All(calls, c => Assert.Equal(c.Ids.Length - 3, c.StyleRow)); // each call its own style row
        Assert.All(calls.SkipLast(1), c => Assert.EndsWith(",", Said(c.Ids), StringComparison.Ordinal));
        Assert.Equal(whole, string.Join(" ", calls.Select(c => Said(c.Ids))));
    }

    [Fact]
    public void LongCallsAreJoinedAndEveryWordIsTimedInOrder()
    {
        var (engine, voice) = Voice("kokoro-wave", maxTokens: 30);
        var sentence = Sentence("one two three four five six seven eight nine ten eleven twelve thirteen fourteen");
        var clip = engine.Synthesize(sentence, voice, new SynthesisOptions());
        var single = new KokoroEngine(TinyKokoro.Catalogue("kokoro-wave")).Synthesize(sentence, voice, new SynthesisOptions());

        Assert.Equal(sentence.Words.Count, clip.Words.Count);
        Assert.All(clip.Words.Zip(clip.Words.Skip(1)), p => Assert.True(p.Second.StartMs >= p.First.EndMs - 0.001));
        Assert.InRange(clip.Words[^1].EndMs, clip.DurationMs * 0.8, clip.DurationMs);
        // Cut calls add their pads (and drop the spaces where they were cut), so the clip differs only by that.
        Assert.InRange(clip.Samples.Length - single.Samples.Length, -256 * 8, 256 * 8);
    }

    [Fact]
    public void ParallelSynthesisGivesTheSameAudioAndTimingsAsSerial()
    {
        var (engine, voice) = Voice("kokoro-wave", maxTokens: 60);
        var sentences = Enumerable.Range(0, 16).Select(i => Sentence($"sentence number {i}, said with {i % 3} little words and a few more, to need two calls", i % 2 == 0 ? '.' : '?')).ToList();
        var serial = sentences.Select(s => engine.Synthesize(s, voice, new SynthesisOptions())).ToList();
        var parallel = new Clip[sentences.Count];
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = engine.Synthesize(sentences[i], voice, new SynthesisOptions()));
        for (var i = 0; i < sentences.Count; i++)
        {
            Assert.Equal(serial[i].Samples, parallel[i].Samples);
            Assert.Equal(serial[i].Words, parallel[i].Words);
        }
    }

    [Fact]
    public void TimingsComeFromTheDurationOutputWhenTheModelHasOne()
    {
        var (engine, voice) = Voice("kokoro-durations");
        var sentence = Sentence("The council met on Tuesday, and approved a budget");
        var clip = engine.Synthesize(sentence, voice, new SynthesisOptions());
        var tokens = KokoroTokens.Map(new NeuralPhonemizer("en-us", "en-US").Phonemize(sentence), KokoroConfig.Parse(TinyKokoro.Config(), "test"), out _);
        var encoded = KokoroTokens.Encode(tokens, 0, tokens.Count, sentence.Words.Count);
        // kokoro-durations says token id lasted (id % 3 + 1) * 50 samples (not the 256 it made): times follow those shares.
        var lengths = encoded.Ids.Select(id => (double)((id % 3) + 1) * 50).ToArray();
        double At(int id) => lengths.Take(id).Sum() / lengths.Sum() * clip.DurationMs;

        for (var w = 0; w < sentence.Words.Count; w++)
        {
            var (first, end) = encoded.Words[w]!.Value;
            Assert.Equal(At(first), clip.Words[w].StartMs, 1);
            Assert.Equal(At(end), clip.Words[w].EndMs, 1);
        }
    }

    [Fact]
    public void ASentenceWithNoPhonemeTheModelKnowsStillGetsAClipAndTimings()
    {
        var engine = new KokoroEngine(TinyKokoro.Catalogue("kokoro-echo", config: """{"vocab": {"☃": 1}}"""));
        var clip = engine.Synthesize(Sentence("hello there"), engine.Resolve("kokoro:af_tiny"), new SynthesisOptions());
        var call = Assert.Single(Calls(clip));
        Assert.Equal([0, 0], call.Ids);
        Assert.Equal(2, clip.Words.Count);
    }

    [Fact]
    public void PublishersPronunciationReachesTheModelAsPhonemes()
    {
        var (engine, voice) = Voice("kokoro-echo");
        var word = new SpeechWord("Xyzzy") { Pronunciation = Pronunciation.ParseWords("ˈzɪzi")[0] };
        var said = Said(Assert.Single(Calls(engine.Synthesize(new SpeechSentence([word]), voice, new SynthesisOptions()))).Ids);
        Assert.Equal(IpaWriter.Of(word.Pronunciation) + ".", said);
    }

    [Fact]
    public void UnknownVoiceNamesTheInstalledOnesAndSpeechEnginesResolvesKokoroIds()
    {
        var catalogue = TinyKokoro.Catalogue();
        using var engines = new SpeechEngines(catalogue: catalogue);
        var (engine, voice) = engines.Resolve("Kokoro:af_tiny");
        Assert.Equal("kokoro", engine.Name);
        Assert.Equal("kokoro:af_tiny", voice.Id);
        Assert.Contains(engines.Voices, v => v.Id == "kokoro:bm_tiny" && v.Language == "en-GB");
        Assert.DoesNotContain(engines.Voices, v => v.Id == "kokoro:jf_tiny");
        var error = Assert.Throws<ArgumentException>(() => engines.Resolve("kokoro:af_absent"));
        Assert.Contains("kokoro:af_tiny, kokoro:bm_tiny", error.Message, StringComparison.Ordinal);
        // A missing voice falls back to an installed Kokoro voice of the language when no Piper voice has it.
        var (fallbackEngine, fallback, replaced) = engines.ResolveOrFallback("piper:gone", "en-GB");
        Assert.True(replaced);
        Assert.Equal("kokoro", fallbackEngine.Name);
        Assert.StartsWith("kokoro:", fallback.Id, StringComparison.Ordinal);
    }
}
