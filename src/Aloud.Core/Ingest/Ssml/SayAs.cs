using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Aloud.Ingest.Ssml;

/// <summary>
/// Turns the content of <c>&lt;say-as&gt;</c> into plain text that the normaliser reads the way the author
/// asked: "NASA" as characters becomes "N A S A", ordinal "3" becomes "3rd", a dmy date "3/4/2025" becomes
/// "April 3, 2025". Content it cannot interpret is left as written, which is what an engine would say anyway.
/// </summary>
internal static partial class SayAs
{
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>The text to read; <paramref name="known"/> is false for an interpret-as we do not support.</summary>
    public static string Verbalise(string interpretAs, string? format, string content, out bool known)
    {
        var text = content.Trim();
        known = true;
        switch (interpretAs.Trim().ToLowerInvariant())
        {
            case "characters" or "spell-out" or "letters" or "verbatim" or "digits":
                return string.Join(' ', text.Where(char.IsLetterOrDigit));
            case "cardinal" or "number":
                return text;
            case "ordinal":
                return AllDigits().IsMatch(text) ? text + Suffix(text) : text;
            case "date":
                return Date(text, format) ?? text;
            case "time":
                return text;
            case "telephone":
                return Telephone(text);
            default:
                known = false;
                return text;
        }
    }

    private static string Suffix(string digits)
    {
        var n = digits.Length > 2 ? int.Parse(digits[^2..], CultureInfo.InvariantCulture) : int.Parse(digits, CultureInfo.InvariantCulture);
        return (n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
    }

    /// <summary>Numeric dates in the given field order ("mdy", "dmy", "ymd", "md", "my", "y"...) as "Month d, yyyy".</summary>
    private static string? Date(string text, string? format)
    {
        var parts = DateSeparators().Split(text).Where(p => p.Length > 0).ToArray();
        var order = (format ?? "ymd").Trim().ToLowerInvariant();
        if (parts.Length != order.Length || order.Any(c => c is not ('d' or 'm' or 'y')) || !parts.All(p => AllDigits().IsMatch(p)))
        {
            return null;
        }
        int? day = null, month = null, year = null;
        for (var i = 0; i < order.Length; i++)
        {
            var value = int.Parse(parts[i], CultureInfo.InvariantCulture);
            switch (order[i])
            {
                case 'd': day = value; break;
                case 'm': month = value; break;
                default: year = value; break;
            }
        }
        if (month is < 1 or > 12 || day is < 1 or > 31)
        {
            return null;
        }
        var monthName = month is { } m ? Months[m - 1] : null;
        return (monthName, day, year) switch
        {
            (not null, not null, not null) => $"{monthName} {day}, {year}",
            (not null, not null, null) => $"{monthName} {day}",
            (not null, null, not null) => $"{monthName} {year}",
            (not null, null, null) => monthName,
            (null, null, not null) => year.Value.ToString(CultureInfo.InvariantCulture),
            _ => null,
        };
    }

    /// <summary>Digit by digit, groups a short pause apart: "+1 555-0100" -> "plus 1, 5 5 5, 0 1 0 0".</summary>
    private static string Telephone(string text)
    {
        var groups = NonDigits().Split(text).Where(g => g.Length > 0).Select(g => string.Join(' ', g.ToCharArray()));
        var spoken = new StringBuilder(text.StartsWith('+') ? "plus " : "");
        spoken.Append(string.Join(", ", groups));
        return spoken.ToString();
    }

    [GeneratedRegex(@"^[0-9]{1,9}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex AllDigits();

    [GeneratedRegex(@"[-/.\s]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DateSeparators();

    [GeneratedRegex(@"[^0-9]+", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NonDigits();
}
