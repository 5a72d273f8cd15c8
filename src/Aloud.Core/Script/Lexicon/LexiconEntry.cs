using Aloud.Script.Grammar;
using Aloud.Speech.Phonemes;

namespace Aloud.Script.Lexicon;

/// <summary>
/// One pronunciation: a written word or phrase and how to say it. <see cref="Spoken"/> is a respelling in
/// plain lowercase words any engine can read ("mah rek"); <see cref="Ipa"/> is the exact pronunciation, which
/// Flite and eSpeak's English voices say phone by phone. At least one of the two is needed; with both, the
/// respelling is what <c>--script</c> shows and what an engine without phonemes for the voice reads.
/// </summary>
/// <param name="Written">The word or phrase as the normaliser reads it (words separated by single spaces).</param>
/// <param name="Spoken">The respelling, as plain words; null when the IPA alone says it.</param>
/// <param name="CaseSensitive">Match only this exact capitalisation (a name that is also a word: "Nice").</param>
/// <param name="Ipa">The pronunciation in IPA; its words (separated by spaces) go with the respelling's or the written words when as many.</param>
/// <param name="PartOfSpeech">
/// "noun", "verb", "adjective", "adverb" (or "n", "v", "adj", "adv"), or null: among entries for the same
/// written word, the one whose part of speech the guesser finds in the sentence wins (see <see cref="LexiconMatcher"/>).
/// </param>
/// <exception cref="PronunciationException">The IPA has a symbol we cannot say.</exception>
/// <exception cref="ArgumentException">The part of speech is none of those names.</exception>
public sealed record LexiconEntry(string Written, string? Spoken, bool CaseSensitive = false, string? Ipa = null, string? PartOfSpeech = null)
{
    /// <summary>The written words to match, in order.</summary>
    public IReadOnlyList<string> WrittenWords { get; } = Split(Written);

    /// <summary>
    /// The respelling's words, as they replace the matched words; lowercase because capitals that mark stress
    /// for people ("etch eh beh REE ah") make engines spell the word letter by letter. Empty without one.
    /// </summary>
    public IReadOnlyList<string> SpokenWords { get; } = Split((Spoken ?? "").ToLowerInvariant());

    /// <summary>The IPA read into one pronunciation per IPA word; empty without IPA.</summary>
    public IReadOnlyList<Pronunciation> IpaWords { get; } = Ipa is null ? [] : Pronunciation.ParseWords(Ipa);

    /// <summary>
    /// Which words the IPA is said for: the respelling's when it has as many words as the IPA, else the
    /// written words' when it has as many and there is no respelling, else the whole match as one word; null
    /// without IPA.
    /// </summary>
    public IpaTarget? IpaFor => IpaWords.Count == 0 ? null
        : IpaWords.Count == SpokenWords.Count ? IpaTarget.Respelling
        : IpaWords.Count == WrittenWords.Count && SpokenWords.Count == 0 ? IpaTarget.Written
        : IpaTarget.Whole;

    /// <summary>The part of speech read from its name; null without one.</summary>
    public Grammar.PartOfSpeech? Tag { get; } = PartOfSpeech is null ? null
        : PartOfSpeechNames.TryParse(PartOfSpeech, out var tag) ? tag
        : throw new ArgumentException($"part of speech \"{PartOfSpeech}\" is not one of {PartOfSpeechNames.Accepted}", nameof(PartOfSpeech));

    /// <summary>Whether the entry can say a match: it has a respelling or IPA (only an entry built in code can lack both).</summary>
    public bool IsUsable => SpokenWords.Count > 0 || IpaWords.Count > 0;

    /// <summary>Equal when the five fields are (the word lists follow from them).</summary>
    public bool Equals(LexiconEntry? other) =>
        other is not null && Written == other.Written && Spoken == other.Spoken && CaseSensitive == other.CaseSensitive
        && Ipa == other.Ipa && PartOfSpeech == other.PartOfSpeech;

    public override int GetHashCode() => HashCode.Combine(Written, Spoken, CaseSensitive, Ipa, PartOfSpeech);

    /// <summary>Whether <paramref name="word"/> (a spoken word of the script) is the written word at <paramref name="index"/>.</summary>
    public bool Matches(int index, string word) =>
        string.Equals(Canonical(word), WrittenWords[index], CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The possessive ending of <paramref name="word"/> when it is the last written word plus "'s" or "'"
    /// ("Marek's"), so the respelling can keep it ("mah rek's"); null when it is not.
    /// </summary>
    public string? PossessiveOf(string word)
    {
        var clean = Canonical(word);
        foreach (var ending in (string[])["'s", "'"])
        {
            if (clean.Length > ending.Length && clean.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                && Matches(WrittenWords.Count - 1, clean[..^ending.Length]))
            {
                return ending;
            }
        }
        return null;
    }

    /// <summary>Curly apostrophes and non-breaking hyphens as the normaliser writes them.</summary>
    internal static string Canonical(string word) => word.Replace('\u2019', '\'').Replace('\u2011', '-').Replace('\u2010', '-');

    private static string[] Split(string text) =>
        Canonical(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>The words of a match that an entry's IPA words are said for (see <see cref="LexiconEntry.IpaFor"/>).</summary>
public enum IpaTarget
{
    /// <summary>The respelling's words replace the match, each said from its IPA word.</summary>
    Respelling,
    /// <summary>The matched words stay as written, each said from its IPA word.</summary>
    Written,
    /// <summary>
    /// One word replaces the match: the respelling (or the written words) with its spaces, said from all the
    /// IPA words in a row, since the IPA's words do not line up with the words shown.
    /// </summary>
    Whole,
}
