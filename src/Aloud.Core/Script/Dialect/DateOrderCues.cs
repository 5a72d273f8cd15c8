using System.Text.RegularExpressions;

namespace Aloud.Script.Dialect;

/// <summary>
/// Chooses the order of a document's ambiguous numeric dates. A slashed date cannot show its own order when both
/// numbers are twelve or less, and reading "12/03/2025" in the wrong order changes its meaning, so the choice is made
/// once for the whole document, from the strongest evidence there is:
/// 1. the document's language tag: a region says it outright ("en-US" month first, "en-GB" or "en-IN" day first; any
///    other language than English writes day first); Canada writes both, so "en-CA" falls through to the text;
/// 2. the document's own unambiguous dates ("25/03/2025" is day first, "03/25/2025" month first), three points each;
/// 3. one point for each spelling or sign only one side uses: British spellings ("colour", "centre", "organised",
///    "programme"), the pound, euro, rupee, naira, cedi and shilling, and a telephone number with its trunk zero ("0491
///    570 983") for day first; American spellings ("color", "center", "organized") for month first;
/// 4. one point for each date written with dots ("8.12.2026": American copy writes slashes), and for each word of
///    Indian copy ("lakh", "crore", the honorifics "Shri" and "Smt"), for day first.
/// Without evidence the order stays month first, as before.
/// </summary>
public static partial class DateOrderCues
{
    private const int DateWeight = 3;

    /// <summary>The order for a document written in <paramref name="language"/> (a BCP-47 tag, or null) with this text.</summary>
    public static DateOrder Detect(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FromLanguage(language) is { } declared)
        {
            return declared;
        }
        var (dayFirst, monthFirst) = DateVotes(text);
        dayFirst *= DateWeight;
        monthFirst *= DateWeight;
        foreach (Match word in Words().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            if (SpellingCues.IsBritish(lower))
            {
                dayFirst++;
            }
            else if (IndianWords.Contains(lower))
            {
                dayFirst++;
            }
            else if (SpellingCues.IsAmerican(lower))
            {
                monthFirst++;
            }
        }
        dayFirst += DayFirstMoney().Count(text) + TrunkZeroPhone().Count(text) + DottedDates().Count(text);
        return dayFirst > monthFirst ? DateOrder.DayFirst : DateOrder.MonthFirst;
    }

    /// <summary>The order a language tag declares, or null when it does not say ("en", "en-CA", none).</summary>
    public static DateOrder? FromLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }
        var parts = language.Split('-', '_');
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2)?.ToUpperInvariant();
        if (region is "US" or "PH" or "FM" or "MH" or "PW" or "AS" or "GU" or "MP" or "PR" or "UM" or "VI")
        {
            return DateOrder.MonthFirst;
        }
        if (!parts[0].Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return DateOrder.DayFirst;
        }
        return region is null or "CA" ? null : DateOrder.DayFirst;
    }

    /// <summary>Numeric dates whose order shows: a first number over twelve is a day, a second number over twelve is one too.</summary>
    private static (int DayFirst, int MonthFirst) DateVotes(string text)
    {
        var (dayFirst, monthFirst) = (0, 0);
        foreach (Match date in NumericDates().Matches(text))
        {
            var first = int.Parse(date.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var second = int.Parse(date.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (first is > 12 and <= 31 && second is >= 1 and <= 12)
            {
                dayFirst++;
            }
            else if (second is > 12 and <= 31 && first is >= 1 and <= 12)
            {
                monthFirst++;
            }
        }
        return (dayFirst, monthFirst);
    }

    // The cues scan a whole document, and a match timeout measures the machine's load as well as the input: one second
    // could throw on a busy machine for a long text. The patterns without lookarounds run on the non-backtracking engine;
    // the others have only bounded quantifiers, so a scan stays linear, and keep a timeout only as a last guard.
    [GeneratedRegex(@"(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/.\-]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex NumericDates();

    /// <summary>Words only Indian English copy uses: its number names and the honorifics before a name.</summary>
    private static readonly HashSet<string> IndianWords = new(StringComparer.Ordinal) { "lakh", "lakhs", "crore", "crores", "shri", "smt" };

    /// <summary>
    /// A date with dots that reads as day, month, year ("8.12.2026"), as day-first countries write them; the year must be
    /// whole, so a version number ("2.6.32") is no date.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d{2}(?![\d.]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex DottedDates();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Words();

    /// <summary>Currencies of countries that write the day first: £, €, ₹, ₦, ₵ and "KSh", "Rs", "A$", "NZ$", "S$" before an amount.</summary>
    [GeneratedRegex(@"[£€₹₦₵]|\b(?:KSh|Rs|A\$|NZ\$|S\$)\.? ?\d", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DayFirstMoney();

    /// <summary>
    /// A telephone number written with its trunk zero in spaced groups ("0491 570 983", "020 7946 0321"): North America
    /// dials no trunk zero, so such a number is written by a country that puts the day first.
    /// </summary>
    [GeneratedRegex(@"(?<![\d.,])0\d{1,4} \d{3,4} \d{3,4}(?!\d|[.,]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex TrunkZeroPhone();
}
