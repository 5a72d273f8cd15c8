using System.Diagnostics;
using System.Globalization;
using Aloud.Ingest;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Kokoro;
using Aloud.Speech.Piper;
using Aloud.Speech.Voices;

namespace Aloud.Bench;

/// <summary>
/// <c>--voice-rtf piper:NAME|kokoro:NAME [SENTENCES]</c>: the real-time factor (synthesis seconds per second of audio, lower is
/// faster) of an installed Piper or Kokoro voice on CPU with 1 and 2 ONNX threads per sentence, sentences one after another,
/// and with 1 thread per sentence on every core; against Flite rms on the same sentences in the same run, as a
/// ratio. The phonemisation alone is timed too: on a tiny model it is most of the overhead Aloud adds.
/// </summary>
internal static class VoiceRtfReport
{
    public static void Run(string voiceId, int count)
    {
        var catalogue = new VoiceCatalogue(VoiceCatalogue.DefaultFolder);
        var text = string.Join("\n\n", NewsText.Paragraphs(20_000));
        var sentences = new ScriptWriter(new ScriptOptions()).Write(PlainTextArticleReader.Read(text)).Sentences
            .Where(s => s.Words.Count > 0).Take(count).Select(s => s.ToSpeech()).ToList();
        using var engines = new SpeechEngines(catalogue: catalogue);
        var (flite, rms) = engines.Resolve("rms");
        var baseline = Measure(flite, rms, sentences, parallel: 1);
        Console.WriteLine(Line($"flite rms (baseline), serial", baseline, baseline));

        foreach (var threads in new[] { 1, 2 })
        {
            var (engine, voice) = Engine(catalogue, voiceId, threads);
            using (engine)
            {
                Console.WriteLine(Line($"{voiceId}, {threads} ONNX thread{(threads == 1 ? "" : "s")}, serial", Measure(engine, voice, sentences, 1), baseline));
            }
        }

        var (shared, sharedVoice) = Engine(catalogue, voiceId, 1);
        using (shared)
        {
            var cores = Environment.ProcessorCount;
            Console.WriteLine(Line($"{voiceId}, 1 ONNX thread, {cores} sentences at once", Measure(shared, sharedVoice, sentences, cores), baseline));
        }

        var phonemizer = catalogue.FindKokoro(voiceId) is { } kokoro
            ? new NeuralPhonemizer(kokoro.EspeakVoice, kokoro.Language)
            : catalogue.Find(voiceId.Split(':').Take(2).Aggregate((a, b) => a + ":" + b)) is { } installed
                ? new NeuralPhonemizer(installed.Config.EspeakVoice, installed.Config.Language)
                : throw new ArgumentException($"no voice '{voiceId}' is installed");
        phonemizer.Phonemize(sentences[0]);
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            phonemizer.Phonemize(sentence);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phonemisation alone (eSpeak NG IPA): {clock.Elapsed.TotalMilliseconds / sentences.Count:0.00} ms per sentence, {sentences.Count} sentences"));
    }

    private static (ISpeechEngine Engine, Voice Voice) Engine(VoiceCatalogue catalogue, string voiceId, int threads)
    {
        if (voiceId.StartsWith("kokoro:", StringComparison.OrdinalIgnoreCase))
        {
            var kokoro = new KokoroEngine(catalogue, threads);
            return (kokoro, kokoro.Resolve(voiceId));
        }

        var piper = new PiperEngine(catalogue, threads);
        return (piper, piper.Resolve(voiceId));
    }

    private static (double Rtf, double AudioSeconds) Measure(ISpeechEngine engine, Voice voice, IReadOnlyList<SpeechSentence> sentences, int parallel)
    {
        engine.Synthesize(sentences[0], voice, new SynthesisOptions()); // load the model, warm the JIT
        var samples = new long[sentences.Count];
        var clock = Stopwatch.StartNew();
        Parallel.For(0, sentences.Count, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i =>
            samples[i] = engine.Synthesize(sentences[i], voice, new SynthesisOptions()).Samples.Length);
        var audio = samples.Sum() / (double)voice.SampleRate;
        return (clock.Elapsed.TotalSeconds / audio, audio);
    }

    private static string Line(string what, (double Rtf, double AudioSeconds) result, (double Rtf, double AudioSeconds) baseline) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{what,-52} RTF {result.Rtf:0.0000}  ({result.AudioSeconds:0} s of audio; {result.Rtf / baseline.Rtf:0.00}x Flite's RTF)");
}
