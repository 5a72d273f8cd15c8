using System.Collections.Concurrent;
using Aloud.Speech.Piper;
using Aloud.Speech.Voices;

namespace Aloud.Speech.Kokoro;

/// <summary>
/// Kokoro ONNX voices from the <see cref="VoiceCatalogue"/>, on ONNX Runtime's CPU provider: phonemes from eSpeak NG
/// through the one eSpeak owner (<see cref="NeuralPhonemizer"/>, as for Piper, so lexicon IPA and SSML phonemes reach
/// the model too), mapped to the model's vocabulary (<see cref="KokoroTokens"/>), cut at clause boundaries (then
/// words) into calls of at most 510 tokens, each call given the voice's style row for its token count, the clips
/// joined. Word timings from the model's duration output when it has one, else <see cref="NeuralWordTimings"/>'s
/// estimate, per call. A model loads on its first sentence and stays loaded; sessions are thread-safe.
/// </summary>
public sealed class KokoroEngine(VoiceCatalogue catalogue, int threadsPerSentence = 1, int maxTokens = KokoroTokens.MaxTokens) : ISpeechEngine
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedModel>> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<FloatArray>> _styles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, NeuralPhonemizer> _phonemizers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => InstalledKokoroVoice.Engine;

    /// <inheritdoc />
    public IReadOnlyList<Voice> Voices => catalogue.InstalledKokoro().Select(v => v.ToVoice()).ToList();

    /// <inheritdoc />
    public int MaxParallelism => Math.Max(1, Environment.ProcessorCount / Math.Max(1, threadsPerSentence));

    /// <summary>The voice for an id ("kokoro:af_heart"), without loading its model.</summary>
    /// <exception cref="ArgumentException">No such voice; the message lists what is installed.</exception>
    public Voice Resolve(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (catalogue.FindKokoro(id) is { } voice)
        {
            return voice.ToVoice();
        }

        var ids = catalogue.InstalledKokoro().Select(v => v.Id).ToList();
        throw new ArgumentException($"no voice '{id}' is installed: "
            + (ids.Count == 0 ? $"no Kokoro voice is (the catalogue is {catalogue.Folder})" : "installed Kokoro voices are " + string.Join(", ", ids))
            + "; install a Kokoro model with 'aloud voices install FOLDER'");
    }

    /// <inheritdoc />
    public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(voice);
        var rate = SpeechRate.Validate(options);
        if (voice.Engine != Name)
        {
            throw new ArgumentException($"'{voice.Id}' is not a Kokoro voice.", nameof(voice));
        }

        var installed = catalogue.FindKokoro(voice.Id) ?? throw new ArgumentException($"the voice '{voice.Id}' is no longer installed");
        // Keyed by the files' revisions: a model or voice replaced while the process runs is loaded again from its new files.
        var loaded = _models.GetOrAdd(installed.Model + "@" + installed.ModelRevision, _ => new(() => Load(installed), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var style = _styles.GetOrAdd(installed.Id + "@" + voice.Revision, _ => new(() => LoadStyle(installed, loaded.Model), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var phonemizer = _phonemizers.GetOrAdd(installed.EspeakVoice, e => new NeuralPhonemizer(e, installed.Language));

        var words = sentence.Words.Select(w => w.Text).ToList();
        var tokens = KokoroTokens.Map(phonemizer.Phonemize(sentence), loaded.Config, out _);
        var samples = new List<float>();
        var spans = new (double StartMs, double EndMs)?[words.Count];
        var calls = KokoroTokens.Split(tokens, maxTokens);
        if (calls.Count == 0)
        {
            calls.Add((0, 0)); // no phoneme the model knows: the pads alone, so the sentence still has a clip and timings
        }

        foreach (var (start, end) in calls)
        {
            var encoded = KokoroTokens.Encode(tokens, start, end, words.Count);
            var (audio, durations) = loaded.Model.Run(encoded.Ids, StyleRow(style, end - start, loaded.Model.StyleSize), (float)rate);
            for (var i = 0; i < audio.Length; i++)
            {
                audio[i] = Math.Clamp(audio[i], -1f, 1f); // a clip's samples are in [-1, 1]; loudness is set later over the article
            }

            var offsetMs = samples.Count * 1000.0 / KokoroModel.SampleRate;
            var timings = NeuralWordTimings.Compute(encoded, words, audio, KokoroModel.SampleRate, durations);
            for (var w = 0; w < words.Count; w++)
            {
                // A word cut between two calls (longer than a call) is timed from its first call.
                if (encoded.Words[w] is not null && spans[w] is null)
                {
                    spans[w] = (timings[w].StartMs + offsetMs, timings[w].EndMs + offsetMs);
                }
            }

            samples.AddRange(audio);
        }

        var clip = samples.ToArray();
        return new Clip(clip, KokoroModel.SampleRate, WordTimingInterpolator.Complete(words, spans, clip.Length * 1000.0 / KokoroModel.SampleRate));
    }

    /// <summary>Releases the loaded models.</summary>
    public void Dispose()
    {
        foreach (var model in _models.Values.Where(l => l.IsValueCreated))
        {
            model.Value.Model.Dispose();
        }

        _models.Clear();
    }

    /// <summary>
    /// The style for a call of <paramref name="tokens"/> tokens: row tokens - 1, as Kokoro's own pipeline picks it
    /// (a voice's rows are styles for 1..510 phonemes), clamped to the rows the voice has.
    /// </summary>
    internal static float[] StyleRow(FloatArray style, int tokens, int styleSize)
    {
        var rows = style.Values.Length / styleSize;
        var row = Math.Clamp(tokens - 1, 0, rows - 1);
        return style.Values.AsSpan(row * styleSize, styleSize).ToArray();
    }

    private LoadedModel Load(InstalledKokoroVoice voice) =>
        new(KokoroModel.Load(voice.ModelPath, threadsPerSentence), KokoroConfig.Load(voice.ConfigPath));

    private static FloatArray LoadStyle(InstalledKokoroVoice voice, KokoroModel model)
    {
        var style = NumpyArrays.ReadNpy(voice.StylePath);
        KokoroInstaller.CheckStyle(style, model.StyleSize, voice.StylePath);
        return style;
    }

    private sealed record LoadedModel(KokoroModel Model, KokoroConfig Config);
}
