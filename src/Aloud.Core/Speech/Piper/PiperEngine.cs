using System.Collections.Concurrent;
using Aloud.Speech.Voices;

namespace Aloud.Speech.Piper;

/// <summary>
/// Piper-compatible neural voices from the <see cref="VoiceCatalogue"/>, on ONNX Runtime's CPU provider. The four
/// verbs of Piper: phonemise (eSpeak NG's IPA through the one eSpeak owner, <see cref="NeuralPhonemizer"/>), map to
/// ids (<see cref="PiperIds"/>), run the model (<see cref="PiperModel"/>), and time the words
/// (<see cref="NeuralWordTimings"/>). A model loads on its voice's first sentence and stays loaded; sessions are
/// thread-safe, so sentences run in parallel, one ONNX thread each by default (the sentences are the parallelism).
/// Voice ids: "piper:NAME" is the first speaker, "piper:NAME:SPEAKER" another (a name from the config or a number).
/// </summary>
public sealed class PiperEngine(VoiceCatalogue catalogue, int threadsPerSentence = 1) : ISpeechEngine
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedVoice>> _loaded = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public string Name => InstalledVoice.PiperEngine;

    /// <inheritdoc />
    public IReadOnlyList<Voice> Voices => catalogue.Installed().Select(v => v.ToVoice()).ToList();

    /// <inheritdoc />
    public int MaxParallelism => Math.Max(1, Environment.ProcessorCount / Math.Max(1, threadsPerSentence));

    /// <summary>
    /// The voice for an id ("piper:NAME" or "piper:NAME:SPEAKER"), without loading its model.
    /// </summary>
    /// <exception cref="ArgumentException">No such voice or speaker; the message lists what is installed.</exception>
    public Voice Resolve(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var rest = id[(Name.Length + 1)..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? rest : rest[..colon];
        var installed = catalogue.Find(Name + ":" + name) ?? throw new ArgumentException(
            $"no voice '{id}' is installed: {Installed()}; install one with 'aloud voices install SOURCE'");
        var voice = installed.ToVoice();
        if (colon < 0)
        {
            return voice;
        }

        var speaker = rest[(colon + 1)..];
        _ = SpeakerId(installed, speaker);
        return voice with { Id = $"{voice.Id}:{speaker}", EngineVoiceName = $"{installed.Name}:{speaker}" };
    }

    /// <inheritdoc />
    public Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(voice);
        var rate = SpeechRate.Validate(options);
        if (voice.Engine != Name)
        {
            throw new ArgumentException($"'{voice.Id}' is not a Piper voice.", nameof(voice));
        }

        var colon = voice.EngineVoiceName.IndexOf(':', StringComparison.Ordinal);
        var name = colon < 0 ? voice.EngineVoiceName : voice.EngineVoiceName[..colon];
        // Keyed by the files' revision too: a voice replaced while the process runs is loaded again from its new files.
        var loaded = _loaded.GetOrAdd(name + "@" + voice.Revision, _ => new Lazy<LoadedVoice>(() => Load(name), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
        var speaker = colon < 0 ? 0 : SpeakerId(loaded.Voice, voice.EngineVoiceName[(colon + 1)..]);
        var config = loaded.Voice.Config;

        var words = sentence.Words.Select(w => w.Text).ToList();
        var encoded = PiperIds.Encode(loaded.Phonemizer.Phonemize(sentence), config, words.Count);
        float[] scales = [(float)config.NoiseScale, (float)(config.LengthScale / rate), (float)config.NoiseW];
        var (audio, durations) = loaded.Model.Run(encoded.Ids, scales, speaker);
        for (var i = 0; i < audio.Length; i++)
        {
            audio[i] = Math.Clamp(audio[i], -1f, 1f); // a clip's samples are in [-1, 1]; loudness is set later over the article
        }

        return new Clip(audio, config.SampleRate, NeuralWordTimings.Compute(encoded, words, audio, config.SampleRate, durations));
    }

    /// <summary>Releases the loaded models.</summary>
    public void Dispose()
    {
        foreach (var voice in _loaded.Values.Where(l => l.IsValueCreated))
        {
            voice.Value.Model.Dispose();
        }

        _loaded.Clear();
    }

    private LoadedVoice Load(string name)
    {
        var installed = catalogue.Find(Name + ":" + name) ?? throw new ArgumentException($"the voice '{Name}:{name}' is no longer installed");
        var model = PiperModel.Load(installed.ModelPath, installed.Config, threadsPerSentence);
        return new LoadedVoice(installed, model, new NeuralPhonemizer(installed.Config.EspeakVoice, installed.Config.Language, installed.Config.PhonemeType));
    }

    private static int SpeakerId(InstalledVoice voice, string speaker)
    {
        if (voice.Config.SpeakerIdMap.TryGetValue(speaker, out var id))
        {
            return id;
        }

        if (int.TryParse(speaker, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number < voice.Config.NumSpeakers)
        {
            return number;
        }

        throw new ArgumentException($"{voice.Id} has no speaker '{speaker}': its speakers are {string.Join(", ", voice.Speakers.Take(20))}{(voice.Speakers.Count > 20 ? ", ..." : "")}");
    }

    private string Installed()
    {
        var ids = catalogue.Installed().Select(v => v.Id).ToList();
        return ids.Count == 0 ? $"none is (the catalogue is {catalogue.Folder})" : "installed are " + string.Join(", ", ids);
    }

    private sealed record LoadedVoice(InstalledVoice Voice, PiperModel Model, NeuralPhonemizer Phonemizer);
}
