using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The line a press release sets where the release ends ("ENDS", "-ENDS-", "###", "- 30 -", "— FIN —", "KONIEC",
/// "КРАЙ"): what follows it is for journalists (notes to editors, the organisation's registration, the press office's
/// contact, downloads), not the story, and the marker itself says nothing a listener needs. Judged on a whole block:
/// the marker alone, its word in capitals or set between dashes, stars or brackets, so a sentence or subhead that uses
/// one of the words is never one.
/// </summary>
public static partial class EndMarkers
{
    private const int MaxChars = 24;

    // "End" in the languages a release is written in; "ENDS" is the British desk's form, "SON" the Turkish word.
    private static readonly HashSet<string> Words =
    [
        "end", "ends", "fin", "fine", "fim", "ende", "einde", "slut", "slutt", "loppu", "koniec", "konec", "kraj", "sfârșit", "sfarsit",
        "vége", "son", "τέλος", "τελος", "конец", "край", "кінець", "крај", "סוף",
    ];

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a release's end marker alone.</summary>
    public static bool IsEndMarker(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length is 0 or > MaxChars) return false;
        if (TimedPatterns.IsMatch(Symbols(), trimmed)) return true;
        var word = trimmed.Trim(Wrappers).Trim();
        if (word.Length == 0 || !Words.Contains(word.ToLowerInvariant())) return false;
        // Between dashes, stars or brackets the word counts in any case; bare, only in capitals, as a release sets it
        // (a word in a script without capitals, Hebrew's, only between them).
        var wrapped = word.Length < trimmed.Length;
        return wrapped || (word == word.ToUpperInvariant() && word != word.ToLowerInvariant());
    }

    private static readonly char[] Wrappers = ['-', '\u2013', '\u2014', '*', '[', ']', '(', ')', ' '];

    // The wire's symbols: "###", "# # #", "-30-", "- 30 -", "—30—", alone.
    [GeneratedRegex(@"^(#\s?#\s?#|[-\u2013\u2014]{1,3}\s?30\s?[-\u2013\u2014]{1,3})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Symbols();
}
