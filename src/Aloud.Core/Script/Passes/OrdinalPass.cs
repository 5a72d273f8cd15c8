using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"37th" -> "thirty-seventh", "1st" -> "first", "100th" -> "one hundredth".</summary>
internal sealed class OrdinalPass(INumberWords numbers) : TokenPass
{
    public override string Name => "ordinal";

    public static bool IsOrdinalSuffix(string suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the suffix is the one this number takes as an ordinal: "1st", "22nd", "13th", but not "9st" (nine
    /// stone, as British copy writes a weight) or "3th".
    /// </summary>
    public static bool AgreesWith(long value, string suffix)
    {
        var expected = (value % 100) is >= 11 and <= 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return suffix.Equals(expected, StringComparison.OrdinalIgnoreCase);
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(tokens[index].Text);
        if (!IsOrdinalSuffix(suffix) || !NumberText.TryParseInteger(digits, out var value))
        {
            return 0;
        }
        var ordinal = numbers.Ordinal(value);
        replacement = Spoken(tokens, index, 1, IsDayAfterWeekday(tokens, index, value, suffix) ? "the " + ordinal : ordinal);
        return 1;
    }

    /// <summary>
    /// "on Thurs. 10th", "Sat. 12th &amp; Sun. 13th": a day of the month straight after its weekday, with no month, is said
    /// with "the" ("Thursday the tenth"), as a date with its month is. Only where the day ends the phrase (punctuation, the
    /// end, a time or a joining word follows), so a team or unit ("Sunday 1st XI") is left alone.
    /// </summary>
    private static bool IsDayAfterWeekday(IReadOnlyList<Token> tokens, int index, long value, string suffix) =>
        At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "weekday" } or { Kind: TokenKind.Word, Text: "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" }
        && IsBareDayOfMonth(tokens, index, value, suffix);

    /// <summary>Whether the ordinal at <paramref name="index"/> is a day of the month (1st to 31st) that ends its phrase.</summary>
    internal static bool IsBareDayOfMonth(IReadOnlyList<Token> tokens, int index, long value, string suffix) =>
        value is >= 1 and <= 31 && AgreesWith(value, suffix) && tokens[index].SpaceBefore
        && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: not ("-" or "/" or "–") } or { Kind: TokenKind.Spoken, Class: "time" }
            or { Kind: TokenKind.Word, Text: "at" or "from" or "and" or "or" or "to" or "until" or "till" or "in" or "between" or "with" or "for" or "evening" or "morning" or "afternoon" or "night" };
}
