using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// A header's byline and date run into one line at the top of a body, as regional sites in many languages set it:
/// "Trần Thị Mỹ Duyên - Thứ Ba, 17/11/2026 07:00 (GMT+7)", "Reporter: Dedi Kurniawan | Editor: Rina Wulandari Selasa, 24
/// November 2026 | 14:20 WIB", "Oleh NORA BINTI ALI 7 Disember 2026 @ 10:25am". A date, and besides it only names, labels, clock times and time zones: every word
/// starts with a capital or a digit, where a sentence has words in lower case.
/// </summary>
internal static partial class BylineDateLines
{
    private const int MaxWords = 20;
    private const int MaxChars = 160;

    // A name may hold a particle in lower case ("de", "van", "bin").
    private const int MaxLowerCaseWords = 1;

    public static bool IsBylineDate(string text)
    {
        if (text.Length > MaxChars || TextClean.WordCount(text) > MaxWords || SentenceMarks.EndsWithMark(text)) return false;
        var date = TimedPatterns.Match(NumericDate(), text);
        string rest;
        if (date.Success) rest = text.Remove(date.Index, date.Length);
        else if (TextDates.HasWrittenDate(text)) rest = text;
        else return false;
        var lower = 0;
        foreach (var word in rest.Split([' ', ',', '|', '\u00b7', '-', '\u2013', '\u2014', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var first = word.TrimStart('(', '[');
            if (first.Length == 0 || char.IsUpper(first[0]) || char.IsDigit(first[0]) || !char.IsLetter(first[0])) continue;
            if (++lower > MaxLowerCaseWords) return false;
        }
        return true;
    }

    // "17/11/2026", "17.11.2026", "2026-11-17", and the dotted dates Czech, Slovak and German set with spaces
    // ("12. 3. 2026") and Hungarian writes year first ("2026. 03. 12.").
    [GeneratedRegex(@"\b(\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}|\d{1,2}\.\s\d{1,2}\.\s(19|20)\d{2}|(19|20)\d{2}\.\s?\d{1,2}\.\s?\d{1,2}|(19|20)\d{2}-\d{2}-\d{2})\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex NumericDate();
}
