using Aloud.Script.Lexicon;
using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>The publisher's current lexicon, parsed once per version (workers ask for it on every job).</summary>
public sealed class LexiconSource(ILexiconStore store)
{
    private (int Version, PronunciationLexicon Lexicon) _parsed = (0, PronunciationLexicon.Empty);

    /// <summary>The newest saved lexicon, or the empty one while none was saved.</summary>
    public async Task<PronunciationLexicon> GetAsync(CancellationToken cancellationToken = default)
    {
        var stored = await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false);
        if (stored is null) return PronunciationLexicon.Empty;
        var parsed = _parsed;
        if (parsed.Version == stored.Version) return parsed.Lexicon;
        var lexicon = PronunciationLexicon.Parse(stored.Json, $"lexicon version {stored.Version}");
        _parsed = (stored.Version, lexicon);
        return lexicon;
    }
}
