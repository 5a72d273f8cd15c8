using Aloud.Speech.Espeak;
using Aloud.Speech.Flite;
using Aloud.Speech.Kokoro;
using Aloud.Speech.Piper;
using Aloud.Speech.Voices;

namespace Aloud.Speech;

/// <summary>
/// The speech engines of this machine: creates each on first use, lists their voices and resolves the voice
/// names users type. Thread-safe. An engine whose native library is missing is left out of listings but
/// reported, by <see cref="NativeLibraryMissingException"/>, when one of its voices is asked for.
/// </summary>
public sealed class SpeechEngines : IDisposable
{
    /// <summary>The voice used when none is named: Flite rms, the most intelligible voice measured.</summary>
    public const string DefaultVoiceId = "rms";

    private readonly Lazy<ISpeechEngine> _flite;
    private readonly Lazy<ISpeechEngine> _espeak = new(() => new EspeakEngine(), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lazy<PiperEngine> _piper;
    private readonly Lazy<KokoroEngine> _kokoro;

    /// <summary>The engines of this machine, created on first use.</summary>
    /// <param name="reproducibleFlite">
    /// Flite synthesises one sentence at a time with seeded noise (the same bytes every run), or, when false, on
    /// every core (see <see cref="FliteEngine"/>).
    /// </param>
    /// <param name="catalogue">The installed neural voices; <see cref="VoiceCatalogue.DefaultFolder"/> when null.</param>
    public SpeechEngines(bool reproducibleFlite = true, VoiceCatalogue? catalogue = null)
    {
        _flite = new(() => new FliteEngine(reproducibleFlite), LazyThreadSafetyMode.ExecutionAndPublication);
        Catalogue = catalogue ?? new VoiceCatalogue(VoiceCatalogue.DefaultFolder);
        // Creating the engine reads nothing: ONNX Runtime loads with a voice's first sentence.
        _piper = new(() => new PiperEngine(Catalogue), LazyThreadSafetyMode.ExecutionAndPublication);
        _kokoro = new(() => new KokoroEngine(Catalogue), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The installed neural voices.</summary>
    public VoiceCatalogue Catalogue { get; }

    /// <summary>The engine of the catalogue's Piper voices.</summary>
    public PiperEngine Piper => _piper.Value;

    /// <summary>The engine of the catalogue's Kokoro voices.</summary>
    public KokoroEngine Kokoro => _kokoro.Value;

    /// <summary>The Flite engine; throws <see cref="NativeLibraryMissingException"/> without libflite.</summary>
    public ISpeechEngine Flite => _flite.Value;

    /// <summary>The eSpeak NG engine; throws <see cref="NativeLibraryMissingException"/> without it.</summary>
    public ISpeechEngine Espeak => _espeak.Value;

    /// <summary>Every voice of every engine that loads here, Flite's first.</summary>
    public IReadOnlyList<Voice> Voices => AvailableEngines().SelectMany(e => e.Voices).Concat(Piper.Voices).Concat(Kokoro.Voices).ToList();

    /// <summary>The engines whose native libraries are missing, with the exception that says how to install them.</summary>
    public IReadOnlyList<NativeLibraryMissingException> MissingEngines =>
        EngineLoaders().Select(TryLoad).OfType<NativeLibraryMissingException>().ToList();

    /// <summary>
    /// Finds a voice by name, case-insensitively: a Flite voice ("rms", "flite:slt"), an eSpeak voice
    /// ("espeak:de"), a bare eSpeak language ("en-gb"), or an installed neural voice ("piper:NAME", "piper:NAME:SPEAKER", "kokoro:NAME").
    /// </summary>
    /// <exception cref="ArgumentException">No engine has such a voice; the message lists the known voices.</exception>
    /// <exception cref="NativeLibraryMissingException">The voice's engine (or voice library) is not installed.</exception>
    public (ISpeechEngine Engine, Voice Voice) Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Trim().ToLowerInvariant();
        if (key.StartsWith(InstalledVoice.PiperEngine + ":", StringComparison.Ordinal))
        {
            // Voice names keep their case on disk ("en_US-amy-medium"): resolve the name as typed.
            return (Piper, Piper.Resolve(name.Trim()));
        }

        if (key.StartsWith(InstalledKokoroVoice.Engine + ":", StringComparison.Ordinal))
        {
            return (Kokoro, Kokoro.Resolve(name.Trim()));
        }

        if (key.StartsWith(FliteVoices.EngineName + ":", StringComparison.Ordinal))
        {
            key = key[(FliteVoices.EngineName.Length + 1)..];
        }

        if (FliteVoices.All.FirstOrDefault(v => v.Id == key) is { } fliteVoice)
        {
            // Known to Flite: its absence here is a missing package, not a typo.
            return Flite.Voices.FirstOrDefault(v => v.Id == key) is { } loaded
                ? (Flite, loaded)
                : throw new NativeLibraryMissingException(FliteVoices.LibraryOf(fliteVoice.Id), "libflite1");
        }

        // "espeak:..." names eSpeak explicitly, so a missing eSpeak is reported as such; a bare language is
        // only looked for where eSpeak is installed, and is otherwise just an unknown name.
        var explicitEspeak = key.StartsWith(EspeakEngine.VoicePrefix, StringComparison.Ordinal);
        if (explicitEspeak || TryLoad(() => Espeak) is null)
        {
            var espeakId = explicitEspeak ? key : EspeakEngine.VoicePrefix + key;
            if (Espeak.Voices.FirstOrDefault(v => v.Id == espeakId) is { } espeakVoice)
            {
                return (Espeak, espeakVoice);
            }
        }

        // All 130-odd eSpeak languages would make an unreadable line: name the English voices and point to the list.
        throw new ArgumentException(
            $"unknown voice '{name}': English voices are {string.Join(", ", KnownVoiceIds().Where(IsEnglish))}; 'aloud voices' lists all {KnownVoiceIds().Count()}");
    }

    /// <summary>
    /// <see cref="Resolve"/>, but a voice that is not here (a neural voice removed since a feed or an article named
    /// it) is replaced by one for <paramref name="language"/>: an installed neural voice of that language, else the
    /// default voice for English, else eSpeak's voice of that language, else the default voice.
    /// </summary>
    /// <returns>The engine and voice, and whether the voice is a replacement.</returns>
    public (ISpeechEngine Engine, Voice Voice, bool Replaced) ResolveOrFallback(string name, string? language)
    {
        try
        {
            var (engine, voice) = Resolve(name);
            return (engine, voice, false);
        }
        catch (ArgumentException)
        {
            var primary = (language ?? "en").Split('-', '_')[0].ToLowerInvariant();
            bool Speaks(Voice v) => v.Language.Split('-', '_')[0].Equals(primary, StringComparison.OrdinalIgnoreCase);
            if (Piper.Voices.FirstOrDefault(Speaks) is { } neural)
            {
                return (Piper, neural, true);
            }

            if (Kokoro.Voices.FirstOrDefault(Speaks) is { } kokoro)
            {
                return (Kokoro, kokoro, true);
            }

            if (primary != "en" && TryLoad(() => Espeak) is null && Espeak.Voices.FirstOrDefault(v => v.Id == EspeakEngine.VoicePrefix + primary) is { } espeak)
            {
                return (Espeak, espeak, true);
            }

            var (fallbackEngine, fallbackVoice) = Resolve(DefaultVoiceId);
            return (fallbackEngine, fallbackVoice, true);
        }
    }

    /// <summary>Engines hold only process-wide native state, which lives as long as the process.</summary>
    public void Dispose()
    {
        foreach (var engine in new[] { _flite, _espeak }.Where(l => l.IsValueCreated))
        {
            engine.Value.Dispose();
        }

        if (_piper.IsValueCreated)
        {
            _piper.Value.Dispose();
        }

        if (_kokoro.IsValueCreated)
        {
            _kokoro.Value.Dispose();
        }
    }

    private IEnumerable<ISpeechEngine> AvailableEngines() =>
        EngineLoaders().Where(load => TryLoad(load) is null).Select(load => load());

    private IEnumerable<Func<ISpeechEngine>> EngineLoaders() => [() => Flite, () => Espeak];

    private static NativeLibraryMissingException? TryLoad(Func<ISpeechEngine> load)
    {
        try
        {
            load();
            return null;
        }
        catch (NativeLibraryMissingException e)
        {
            return e;
        }
    }

    private static bool IsEnglish(string id) => !id.StartsWith(EspeakEngine.VoicePrefix, StringComparison.Ordinal) || id.StartsWith(EspeakEngine.VoicePrefix + "en", StringComparison.Ordinal);

    // Flite's names are listed even where Flite is missing: they are still valid names, just not installed.
    private IEnumerable<string> KnownVoiceIds() =>
        FliteVoices.All.Select(v => v.Id)
            .Concat(TryLoad(() => Espeak) is null ? Espeak.Voices.Select(v => v.Id) : []);
}
