using System.Text.RegularExpressions;

namespace Aloud.Script.Lexicon;

/// <summary>
/// The entries added, removed or changed between two lexicon versions, and which sentences that touches: a
/// synthesis cache re-synthesises only sentences whose words an entry of the change could match.
/// </summary>
public sealed class LexiconChange
{
    private readonly List<Regex> _patterns;

    private LexiconChange(IReadOnlyList<LexiconEntry> changed)
    {
        Changed = changed;
        // Case-insensitive on purpose: invalidating a sentence too many is cheap, one too few is a wrong voice.
        _patterns = changed
            .Select(e => string.Join(@"\s+", e.WrittenWords.Select(WordPattern)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => new Regex(@"(?<![\p{L}\p{N}])" + p + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            .ToList();
    }

    /// <summary>Entries only in one of the two lexicons, or whose respelling, IPA, case or part of speech differs.</summary>
    public IReadOnlyList<LexiconEntry> Changed { get; }

    public bool IsEmpty => Changed.Count == 0;

    /// <summary>The change from <paramref name="older"/> to <paramref name="newer"/>.</summary>
    public static LexiconChange Between(PronunciationLexicon older, PronunciationLexicon newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var removed = older.Entries.Where((_, i) => !newer.KeySet.Contains(older.EntryKeys[i]));
        var added = newer.Entries.Where((_, i) => !older.KeySet.Contains(newer.EntryKeys[i]));
        return new LexiconChange(removed.Concat(added).ToList());
    }

    /// <summary>Whether a sentence's written text (or its spoken words joined by spaces) holds a changed entry's words.</summary>
    public bool Affects(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = LexiconEntry.Canonical(text);
        return _patterns.Any(p => p.IsMatch(clean));
    }

    /// <summary>Whether a sentence of <paramref name="script"/> is affected: by its written text or its spoken words.</summary>
    public bool Affects(Script script, ScriptSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(sentence);
        var written = script.Text.Substring(sentence.Source.Start, sentence.Source.Length);
        return Affects(written) || Affects(string.Join(' ', sentence.Words.Select(w => w.Spoken)));
    }

    /// <summary>A written word as a pattern: a hyphen also matches a space, as "Jean-Luc" may be written "Jean Luc".</summary>
    private static string WordPattern(string word) => Regex.Escape(word).Replace("-", @"[-\s]", StringComparison.Ordinal);
}
