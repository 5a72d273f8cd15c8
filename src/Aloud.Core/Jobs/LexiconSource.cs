using Aloud.Script.Lexicon;
using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>
/// The publisher's current lexicon, parsed once per version: workers ask for it on every job, and the lexicon
/// editor compares each edit with it, so a large lexicon is not parsed again for every article or edit.
/// </summary>
public sealed class LexiconSource(ILexiconStore store)
{
    private (int Version, PronunciationLexicon Lexicon) _parsed = (0, PronunciationLexicon.Empty);

    /// <summary>The newest saved lexicon, or the empty one while none was saved.</summary>
    public async Task<PronunciationLexicon> GetAsync(CancellationToken cancellationToken = default) =>
        Parsed(await store.GetCurrentAsync(cancellationToken).ConfigureAwait(false));

    /// <summary><paramref name="stored"/> parsed (the empty lexicon for null), from the last parse when it is that version.</summary>
    public PronunciationLexicon Parsed(StoredLexicon? stored)
    {
        if (stored is null) return PronunciationLexicon.Empty;
        var parsed = _parsed;
        if (parsed.Version == stored.Version) return parsed.Lexicon;
        var lexicon = PronunciationLexicon.Parse(stored.Json, $"lexicon version {stored.Version}");
        _parsed = (stored.Version, lexicon);
        return lexicon;
    }

    /// <summary>Keeps <paramref name="lexicon"/>, already parsed from the JSON saved as <paramref name="version"/>, for the next ask.</summary>
    public void Remember(int version, PronunciationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (version > _parsed.Version) _parsed = (version, lexicon);
    }
}
