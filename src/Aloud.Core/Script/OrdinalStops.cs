using System.Text.RegularExpressions;
using Aloud.Speech;

namespace Aloud.Script;

/// <summary>
/// Many languages write an ordinal as the number and a full stop ("am 12. März", "den 3. maj", "2. helmikuuta"),
/// which the sentence segmenter, made for English, takes for a sentence's end: the passage was cut in two with a
/// sentence's pause and falling tone after the number. Inside a passage marked in such a language, a number of up
/// to three digits and its stop end no sentence. (The stop itself is not passed on: eSpeak NG 1.51's German voice
/// reads "12." as "zwölf" and a clause break, not as "zwölften", so the number is said as a cardinal.)
/// </summary>
internal static partial class OrdinalStops
{
    /// <summary>Languages whose ordinals are written with a full stop after the number (primary subtags).</summary>
    private static readonly HashSet<string> DotOrdinalLanguages =
        ["de", "da", "no", "nb", "nn", "fi", "is", "et", "lv", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "pl", "tr", "fo"];

    /// <summary>
    /// <paramref name="sentences"/> (spans of <paramref name="blockText"/>) with each one that ends in such an
    /// ordinal joined to the next, where both lie in a passage (<paramref name="languages"/>, block-relative) of a
    /// dot-ordinal language.
    /// </summary>
    public static IReadOnlyList<TextSpan> KeepWhole(IReadOnlyList<TextSpan> sentences, string blockText, IReadOnlyList<LanguageSpan> languages)
    {
        if (!languages.Any(l => DotOrdinalLanguages.Contains(LanguageTags.Primary(l.Language))))
        {
            return sentences;
        }
        var joined = new List<TextSpan>(sentences.Count);
        foreach (var sentence in sentences)
        {
            if (joined.Count > 0
                && EndsWithOrdinal().IsMatch(blockText.AsSpan(joined[^1].Start, joined[^1].Length))
                && InDotOrdinalPassage(languages, joined[^1].End - 1)
                && InDotOrdinalPassage(languages, sentence.Start))
            {
                joined[^1] = joined[^1].Union(sentence);
                continue;
            }
            joined.Add(sentence);
        }
        return joined;
    }

    private static bool InDotOrdinalPassage(IReadOnlyList<LanguageSpan> languages, int position) =>
        languages.Any(l => l.Span.Start <= position && position < l.Span.End && DotOrdinalLanguages.Contains(LanguageTags.Primary(l.Language)));

    /// <summary>A word boundary, one to three digits and the stop, then only closing space: "am 12." but not "4.12." or "v2.".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])\p{N}{1,3}\.\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndsWithOrdinal();
}
