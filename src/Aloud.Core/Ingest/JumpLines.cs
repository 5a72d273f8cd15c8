using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The jump lines of a print page reproduced online (an e-edition's article view): where a story breaks off on page A1
/// ("See LIBRARY, Page A7", "Continued on Page 4", "Suite en page 7", "Fortsetzung auf Seite 3") and where it picks up
/// ("From Page A1", "LIBRARY from A1", "Suite de la page 1"). They point a reader to paper pages a listener never
/// turns. Judged on a whole short block, so a sentence that mentions a page keeps it.
/// </summary>
public static partial class JumpLines
{
    private const int MaxWords = 10;

    // The slug set over the continued half ("LIBRARY") is a word or three in capitals.
    private const int MaxSlugWords = 3;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is a jump line.</summary>
    public static bool IsJumpLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return TextClean.WordCount(trimmed) <= MaxWords && TimedPatterns.IsMatch(Pattern(), trimmed);
    }

    /// <summary>Whether <paramref name="text"/> may be a jump's slug: a word or three, all capitals.</summary>
    public static bool IsSlug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextClean.WordCount(text) <= MaxSlugWords && TextClean.IsAllCaps(text);
    }

    // "Page A7", "Page 4", or a section page alone ("A7"): a bare number could be a price or a score.
    private const string PageRef = @"((page|pg\.?|p\.|seite|página|pagina)\s{0,2}[a-z]?\d{1,3}|[a-z]\d{1,3})";

    [GeneratedRegex(@"^((please\s)?(see|turn to)\s[^.]{1,40}?,?\s(on\s)?" + PageRef + @"|(continued|cont\.|cont'd|jumps?)\s(on|to|from)\s" + PageRef + @"|([^.]{1,40}?,?\s)?(continued\s)?from\s" + PageRef + @"|suite (en|à la|de la) page\s\d{1,3}|fortsetzung (auf|von) seite\s\d{1,3}|(contin[uú]a en|viene de) la página\s\d{1,3})\W{0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Pattern();
}
