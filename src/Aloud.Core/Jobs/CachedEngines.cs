using Aloud.Speech;

namespace Aloud.Jobs;

/// <summary>
/// The process's speech engines behind the clip cache: one <see cref="CachingSpeechEngine"/> per engine, shared by
/// the narration workers and the speech endpoint, so both reuse each other's sentences and are counted together.
/// </summary>
public sealed class CachedEngines(SpeechEngines engines, ClipCache cache, ServiceMetrics metrics)
{
    private readonly Dictionary<string, CachingSpeechEngine> _cached = [];

    /// <summary>Sentences synthesised (not taken from the cache) since start, for tests and benchmarks.</summary>
    public long Syntheses
    {
        get
        {
            lock (_cached) return _cached.Values.Sum(e => e.Syntheses);
        }
    }

    /// <summary>Finds a voice (see <see cref="SpeechEngines.Resolve"/>) and its engine behind the cache.</summary>
    public (ISpeechEngine Engine, Voice Voice) Resolve(string name) => Cached(engines.Resolve(name));

    /// <summary>Finds a voice, or one for the language when it is gone (see <see cref="SpeechEngines.ResolveOrFallback"/>), behind the cache.</summary>
    public (ISpeechEngine Engine, Voice Voice, bool Replaced) ResolveOrFallback(string name, string? language)
    {
        var (engine, voice, replaced) = engines.ResolveOrFallback(name, language);
        var (cached, _) = Cached((engine, voice));
        return (cached, voice, replaced);
    }

    /// <summary>Every voice of this machine.</summary>
    public IReadOnlyList<Voice> Voices => engines.Voices;

    /// <summary>A voice's own defaults (<c>aloud voices set</c>) from the catalogue's defaults file.</summary>
    /// <exception cref="VoiceFileException">The defaults file is broken.</exception>
    public Speech.Voices.VoiceDefaults DefaultsOf(Voice voice) => new Speech.Voices.VoiceDefaultsFile(engines.Catalogue.Folder).For(voice.Id);

    private (ISpeechEngine Engine, Voice Voice) Cached((ISpeechEngine Engine, Voice Voice) resolved)
    {
        var (engine, voice) = resolved;
        lock (_cached)
        {
            if (!_cached.TryGetValue(engine.Name, out var cached))
            {
                _cached[engine.Name] = cached = new CachingSpeechEngine(engine, cache, metrics);
            }
            return (cached, voice);
        }
    }
}
