using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// ISO 8601 date-times, as feeds, APIs and scraped bylines print them: "2025-10-04T06:30:00-07:00",
/// "2025-10-04T13:30Z", "2025-10-04T06:30:00.123+05:30", with or without seconds, fraction and zone. Read as
/// a date, a clock time and a zone ("October fourth twenty twenty-five at six thirty a m U T C minus seven"):
/// left to the other passes, the pieces read as a number range, "04T" as "zero four trillion", and the
/// time as a duration. Runs before those passes; a date-time that is not a real instant is left alone.
/// </summary>
internal sealed partial class IsoDateTimePass(INumberWords numbers) : TokenPass
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // Tokens a date-time can span: "2025" "-" "10" "-" "04T06" ":" "30" ":" "00.123" "-" "07" ":" "00" and a few spare.
    private const int MaxTokens = 16;

    public override string Name => "numeric-date";

    [GeneratedRegex(
        @"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})[Tt](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:[.,]\d{1,9})?)?(?<zone>[Zz]|[+\-\u2212]\d{2}(?::?\d{2})?)?",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex IsoDateTime();

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 4 } || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false })
        {
            return 0;
        }
        var (written, ends) = Joined(tokens, index);
        var match = IsoDateTime().Match(written);
        // The match must end where a token ends: "2025-10-04T06:30:001" is not a date-time.
        var count = ends.IndexOf(match.Length) + 1;
        if (!match.Success || count == 0 || !TryRead(match, out var words))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, count, words);
        return count;
    }

    /// <summary>The text of the tokens from <paramref name="index"/> that touch (no space between), and where each ends.</summary>
    private static (string Text, List<int> Ends) Joined(IReadOnlyList<Token> tokens, int index)
    {
        var text = new StringBuilder();
        var ends = new List<int>();
        for (var i = index; i < tokens.Count && i < index + MaxTokens && (i == index || !tokens[i].SpaceBefore); i++)
        {
            text.Append(tokens[i].Text);
            ends.Add(text.Length);
        }
        return (text.ToString(), ends);
    }

    private bool TryRead(Match match, out string words)
    {
        words = "";
        int Part(string name) => match.Groups[name].Success ? int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        var (year, month, day, hour, minute, second) = (Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"), Part("second"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year : 2024, month)
            || hour > 23 || minute > 59 || second > 60)
        {
            return false;
        }
        if (!TryZone(match.Groups["zone"], out var zone))
        {
            return false;
        }
        words = $"{MonthNames[month - 1]} {numbers.Ordinal(day)} {numbers.Year(year)} at {Clock(hour, minute, second)}{zone}";
        return true;
    }

    /// <summary>"six thirty a m", "twelve oh five p m", "six a m", "six thirty and fifteen seconds a m".</summary>
    private string Clock(int hour, int minute, int second)
    {
        var text = new StringBuilder(numbers.Cardinal(hour % 12 == 0 ? 12 : hour % 12));
        if (minute > 0)
        {
            text.Append(minute < 10 ? " oh " : " ").Append(numbers.Cardinal(minute));
        }
        if (second > 0)
        {
            text.Append(" and ").Append(numbers.Cardinal(second)).Append(second == 1 ? " second" : " seconds");
        }
        return text.Append(hour < 12 ? " a m" : " p m").ToString();
    }

    /// <summary>" U T C" for Z and +00:00, " U T C minus seven" for -07:00, " U T C plus five thirty" for +05:30.</summary>
    private bool TryZone(Group zone, out string words)
    {
        words = "";
        if (!zone.Success)
        {
            return true;
        }
        var text = zone.Value;
        if (text is "Z" or "z")
        {
            words = " U T C";
            return true;
        }
        var digits = text[1..].Replace(":", "", StringComparison.Ordinal);
        var hours = int.Parse(digits[..2], CultureInfo.InvariantCulture);
        var minutes = digits.Length > 2 ? int.Parse(digits[2..], CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes > 59)
        {
            return false;
        }
        words = hours == 0 && minutes == 0 ? " U T C"
            : $" U T C {(text[0] == '+' ? "plus" : "minus")} {numbers.Cardinal(hours)}{(minutes > 0 ? " " + numbers.Cardinal(minutes) : "")}";
        return true;
    }
}
