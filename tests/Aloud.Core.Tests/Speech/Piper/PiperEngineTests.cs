using Aloud.Speech;
using Aloud.Speech.Phonemes;
using Aloud.Speech.Piper;

namespace Aloud.Tests.Speech.Piper;

/// <summary>The Piper engine against tiny models whose output echoes what they were fed (ids, scales, speaker).</summary>
[Collection(Aloud.Tests.Speech.NeuralRuntimeCollection.Name)]
public sealed class PiperEngineTests
{
    private static SpeechSentence Sentence(string text, char terminator = '.') =>
        new(text.Split(' ').Select(w => w.EndsWith(',') ? new SpeechWord(w[..^1], WordBreak.Comma) : new SpeechWord(w)).ToList(), terminator);

    /// <summary>The ids an echo model was fed, read back from its output (each id / 1000).</summary>
    private static long[] Ids(Clip clip, int tail = 3) =>
        clip.Samples.Take(clip.Samples.Length - tail).Select(s => (long)Math.Round(s * 1000)).ToArray();

    private static (PiperEngine Engine, Voice Voice) Voice(string model, string? config = null, string name = "tiny")
    {
        var engine = new PiperEngine(TinyVoices.Catalogue((name, model, config)));
        return (engine, engine.Resolve("piper:" + name));
    }

    [Fact]
    public void FeedsIdsWithPiperStartPadAndEndConventions()
    {
        var (engine, voice) = Voice("echo");
        var ids = Ids(engine.Synthesize(Sentence("Hello, big world"), voice, new SynthesisOptions()));

        Assert.Equal(TinyVoices.Id("^"), ids[0]);
        Assert.Equal(TinyVoices.Id("$"), ids[^1]);
        // A pad after the start and after every phoneme, and nowhere else.
        for (var i = 1; i < ids.Length - 1; i++)
        {
            Assert.Equal(i % 2 == 1, ids[i] == TinyVoices.Id("_"));
        }

        var phonemes = ids.Where((_, i) => i % 2 == 0 && i > 0 && i < ids.Length - 1).Select(id => TinyVoices.Symbols[(int)id]).ToList();
        // The script's comma is put back where eSpeak 1.51 drops it, and the sentence ends with its terminator.
        Assert.Equal(",", phonemes[phonemes.IndexOf(",")]);
        Assert.Equal(" ", phonemes[phonemes.IndexOf(",") + 1]);
        Assert.Equal(".", phonemes[^1]);
        Assert.Contains("ˈ", phonemes);
        Assert.Equal(2, phonemes.Count(p => p == " "));
    }

    [Fact]
    public void QuestionKeepsItsTerminator()
    {
        var (engine, voice) = Voice("echo");
        var ids = Ids(engine.Synthesize(Sentence("Is it", '?'), voice, new SynthesisOptions()));
        Assert.Equal(TinyVoices.Id("?"), ids[^3]);
    }

    [Fact]
    public void ScalesComeFromTheConfigAndTheRateDividesTheLengthScale()
    {
        var config = TinyVoices.Config(edit: c => c["inference"] = new Dictionary<string, object?> { ["noise_scale"] = 0.5, ["length_scale"] = 1.2, ["noise_w"] = 0.7 });
        var (engine, voice) = Voice("echo", config);
        var samples = engine.Synthesize(Sentence("word"), voice, new SynthesisOptions(1.5)).Samples;
        Assert.Equal(0.5, samples[^3] * 10, 4);
        Assert.Equal(0.8, samples[^2] * 10, 4);
        Assert.Equal(0.7, samples[^1] * 10, 4);
    }

    [Fact]
    public void ModelWithoutScalesGetsOnlyIdsAndLengths()
    {
        var (engine, voice) = Voice("echo-bare");
        var clip = engine.Synthesize(Sentence("one word"), voice, new SynthesisOptions());
        var ids = Ids(clip, tail: 0);
        Assert.Equal(TinyVoices.Id("^"), ids[0]);
        Assert.Equal(TinyVoices.Id("$"), ids[^1]);
    }

    [Fact]
    public void SpeakersAreChosenByNameOrNumberAndAnUnknownOneIsNamed()
    {
        var config = TinyVoices.Config(edit: c =>
        {
            c["num_speakers"] = 3;
            c["speaker_id_map"] = new Dictionary<string, object?> { ["alice"] = 0, ["bob"] = 1, ["carol"] = 2 };
        });
        var engine = new PiperEngine(TinyVoices.Catalogue(("multi", "echo-sid", config)));
        double SpeakerOf(string id) => Math.Round(engine.Synthesize(Sentence("hi"), engine.Resolve(id), new SynthesisOptions()).Samples[^1] * 1000);

        Assert.Equal(0, SpeakerOf("piper:multi"));
        Assert.Equal(1, SpeakerOf("piper:multi:bob"));
        Assert.Equal(2, SpeakerOf("piper:multi:2"));
        var error = Assert.Throws<ArgumentException>(() => engine.Resolve("piper:multi:dave"));
        Assert.Contains("alice, bob, carol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ClipIsAtTheConfigSampleRate()
    {
        var (engine, voice) = Voice("wave", TinyVoices.Config(16000));
        Assert.Equal(16000, voice.SampleRate);
        var clip = engine.Synthesize(Sentence("a test"), voice, new SynthesisOptions());
        Assert.Equal(16000, clip.SampleRate);
        Assert.True(clip.Samples.Length > 0 && clip.Samples.Length % 256 == 0);
    }

    [Fact]
    public void ParallelSynthesisGivesTheSameAudioAndTimingsAsSerial()
    {
        var (engine, voice) = Voice("wave");
        Assert.True(engine.MaxParallelism >= 1);
        var sentences = Enumerable.Range(0, 16).Select(i => Sentence($"sentence number {i}, said with {i % 3} little words", i % 2 == 0 ? '.' : '?')).ToList();
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
    public void EstimatedTimingsFollowPhonemeWeightsWhenNoPauseIsHeard()
    {
        // wave.onnx has no pause a listener would hear (its pads are 12 ms of silence), so the estimate is the
        // phonemes' expected shares of the clip, untouched.
        var (engine, voice) = Voice("wave");
        var sentence = Sentence("The council met on Tuesday, and approved a budget");
        var clip = engine.Synthesize(sentence, voice, new SynthesisOptions());
        var encoded = PiperIds.Encode(new NeuralPhonemizer("en-us", "en-US").Phonemize(sentence), PiperConfig.Parse(TinyVoices.Config(), "test"), sentence.Words.Count);
        var weights = encoded.Weights!;
        double At(int id) => weights.Take(id).Sum() / weights.Sum() * clip.DurationMs;

        Assert.Equal(sentence.Words.Count, clip.Words.Count);
        for (var w = 0; w < clip.Words.Count; w++)
        {
            var (first, end) = encoded.Words[w]!.Value;
            Assert.Equal(At(first), clip.Words[w].StartMs, 1);
            Assert.Equal(At(end), clip.Words[w].EndMs, 1);
        }

        // A vowel is expected to last longer than a consonant, a stress mark or a pad far less.
        Assert.True(PhonemeWeights.Of("ɑ") > PhonemeWeights.Of("t"));
        Assert.True(PhonemeWeights.Of("ˈ") < PhonemeWeights.Of("t"));
        Assert.Equal(0, weights[1]); // the pad after the start
    }

    [Fact]
    public void ClauseMarkIsPinnedToThePauseHeardNearIt()
    {
        // 0.4 s of silence where the comma's ids are expected, in a clip whose ids otherwise last alike.
        var encoded = new EncodedSentence(new long[40], [(2, 18), (22, 38)], [(18, 22)], []);
        var rate = 1000;
        var audio = Enumerable.Range(0, 4000).Select(i => i is >= 2000 and < 2400 ? 0f : 0.3f * MathF.Sin(i * 0.7f)).ToArray();
        var timings = NeuralWordTimings.Compute(encoded, ["first", "second"], audio, rate, null);
        Assert.Equal(2000, timings[0].EndMs, 0);
        Assert.Equal(2400, timings[1].StartMs, 0);
        // Without the pause, the same ids would put the boundary at 1800 ms and 2200 ms.
        var unrefined = NeuralWordTimings.Compute(encoded, ["first", "second"], audio, rate, null, refine: false);
        Assert.Equal(1800, unrefined[0].EndMs, 0);
    }

    [Fact]
    public void TimingsComeFromTheDurationOutputWhenTheModelHasOne()
    {
        var (engine, voice) = Voice("durations");
        var sentence = Sentence("approved the new budget");
        var clip = engine.Synthesize(sentence, voice, new SynthesisOptions());
        var encoded = PiperIds.Encode(new NeuralPhonemizer("en-us", "en-US").Phonemize(sentence), PiperConfig.Parse(TinyVoices.Config(), "test"), sentence.Words.Count);
        // The model says id i lasted (i % 4 + 1) * 100 samples; the clip is 256 per id: timings follow the former, scaled to the clip.
        var lasted = encoded.Ids.Select(id => (id % 4 + 1) * 100.0).ToArray();
        var total = lasted.Sum();
        for (var w = 0; w < sentence.Words.Count; w++)
        {
            var (first, _) = encoded.Words[w]!.Value;
            Assert.Equal(lasted.Take(first).Sum() / total * clip.DurationMs, clip.Words[w].StartMs, 1);
        }

        var uniform = encoded.Words[2]!.Value.First * clip.DurationMs / encoded.Ids.Length;
        Assert.NotEqual(uniform, clip.Words[2].StartMs, 0);
    }

    [Fact]
    public void LexiconIpaReachesTheVoiceAsPhonemes()
    {
        var (engine, voice) = Voice("echo");
        var word = new SpeechWord("Xyzzy") { Pronunciation = Pronunciation.ParseWords("ˈzɪzi")[0] };
        var ids = Ids(engine.Synthesize(new SpeechSentence([word]), voice, new SynthesisOptions()));
        var said = string.Concat(ids.Where((_, i) => i % 2 == 0 && i > 0 && i < ids.Length - 1).Select(id => TinyVoices.Symbols[(int)id]));
        Assert.Equal(IpaWriter.Of(word.Pronunciation) + ".", said);
        Assert.Equal("zˈɪziː", IpaWriter.Of(word.Pronunciation));
    }

    [Fact]
    public void PhonemesTheMapLacksAreLeftOutNotFed()
    {
        var config = TinyVoices.Config(edit: c =>
        {
            var map = (Dictionary<string, object?>)c["phoneme_id_map"]!;
            map.Remove("ˈ");
        });
        var (engine, voice) = Voice("echo", config);
        var ids = Ids(engine.Synthesize(Sentence("hello"), voice, new SynthesisOptions()));
        Assert.DoesNotContain((long)TinyVoices.Id("ˈ"), ids);
    }

    [Fact]
    public void UnknownVoiceSaysWhatIsInstalledAndHowToInstall()
    {
        var (engine, _) = Voice("echo", name: "present");
        var error = Assert.Throws<ArgumentException>(() => engine.Resolve("piper:absent"));
        Assert.Contains("piper:present", error.Message, StringComparison.Ordinal);
        Assert.Contains("aloud voices install", error.Message, StringComparison.Ordinal);
    }
}
