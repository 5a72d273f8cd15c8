using System.Security.Cryptography;
using System.Text;

namespace Aloud.Script.Lexicon;

/// <summary>
/// A versioned pronunciation lexicon: the entries, the file's <see cref="Version"/> and a
/// <see cref="ContentHash"/> of the entries themselves, so a cache keyed on the hash notices an edit even
/// when nobody bumped the version. Applied after the normalisation passes (see <see cref="TextNormalizer"/>).
/// </summary>
public sealed class PronunciationLexicon
{
    private readonly LexiconMatcher _matcher;

    public PronunciationLexicon(int version, IEnumerable<LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Version = version;
        Entries = entries.ToList();
        _matcher = new LexiconMatcher(Entries);
        EntryKeys = [.. Entries.Select(Key)];
        KeySet = EntryKeys.ToHashSet(StringComparer.Ordinal);
        ContentHash = Hash(EntryKeys);
    }

    /// <summary>A lexicon that knows nothing.</summary>
    public static PronunciationLexicon Empty { get; } = new(0, []);

    /// <summary>The version number the file declares.</summary>
    public int Version { get; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Each entry's <see cref="Key"/>, in the order of <see cref="Entries"/>: made once, as comparing versions needs them.</summary>
    internal IReadOnlyList<string> EntryKeys { get; }

    /// <summary>The keys of <see cref="EntryKeys"/> as a set.</summary>
    internal IReadOnlySet<string> KeySet { get; }

    /// <summary>SHA-256 (lowercase hex) of the entries in a canonical order; the same entries give the same hash.</summary>
    public string ContentHash { get; }

    /// <summary>Reads a lexicon file; a bad file is a one-line <see cref="Ingest.AloudInputException"/>.</summary>
    public static PronunciationLexicon Load(string path) => LexiconFile.Load(path);

    /// <summary>Parses lexicon JSON; <paramref name="name"/> names the source in errors.</summary>
    public static PronunciationLexicon Parse(string json, string name = "(lexicon)") =>
        LexiconFile.Parse(System.Text.Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), name);

    /// <summary>Replaces the words of one sentence that the lexicon knows with their respellings.</summary>
    public IReadOnlyList<ScriptWord> Apply(IReadOnlyList<ScriptWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return _matcher.Apply(words);
    }

    /// <summary>Whether an entry for <paramref name="words"/> (a written word or phrase) exists, in any case.</summary>
    public bool Knows(string words)
    {
        var probe = new LexiconEntry(words, "x");
        return Entries.Any(e => e.WrittenWords.SequenceEqual(probe.WrittenWords, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>What changed from <paramref name="older"/> to this lexicon, for cache invalidation.</summary>
    public LexiconChange ChangesSince(PronunciationLexicon older) => LexiconChange.Between(older, this);

    /// <summary>One line per entry, sorted: what the hash and the change list compare.</summary>
    internal static string Key(LexiconEntry e) =>
        string.Join('\u001f', string.Join(' ', e.WrittenWords), e.CaseSensitive ? "1" : "0", e.Tag is { } tag ? Grammar.PartOfSpeechNames.Name(tag) : "", string.Join(' ', e.SpokenWords), e.Ipa ?? "");

    private static string Hash(IEnumerable<string> keys)
    {
        var text = string.Join('\n', keys.Order(StringComparer.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
