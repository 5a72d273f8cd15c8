using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Abbreviated weekdays in datelines and schedules: "Tues., Jan. 6" -> "Tuesday, January sixth", "Sat. 9 a.m." ->
/// "Saturday nine a m", "published Wed. in Nature". "Sun." and "Sat." are also a newspaper and a test, so those two
/// count only before a comma, a month or a number, or after "on", "since", "last"..., where nothing else fits.
/// </summary>
internal sealed class WeekdayPass : TokenPass
{
    private static readonly Dictionary<string, string> Weekdays = new(StringComparer.Ordinal)
    {
        ["Mon"] = "Monday",
        ["Tue"] = "Tuesday",
        ["Tues"] = "Tuesday",
        ["Wed"] = "Wednesday",
        ["Thu"] = "Thursday",
        ["Thur"] = "Thursday",
        ["Thurs"] = "Thursday",
        ["Fri"] = "Friday",
        ["Sat"] = "Saturday",
        ["Sun"] = "Sunday",
    };

    private static readonly HashSet<string> DayCues = new(StringComparer.OrdinalIgnoreCase) { "on", "since", "until", "by", "last", "next", "this", "each", "every" };

    public override string Name => "weekday";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word || !Weekdays.TryGetValue(word.Text, out var day)
            || At(tokens, index + 1) is not { } dot || !dot.IsPunctuation(".") || dot.SpaceBefore)
        {
            return 0;
        }
        var next = At(tokens, index + 2);
        var fits = next is { Kind: TokenKind.Punctuation, Text: "," } or { Kind: TokenKind.Number }
            || (next is { Kind: TokenKind.Word or TokenKind.Spoken } && IsDateStart(next))
            // "published Wed. in Nature": only "Sat." and "Sun." have other meanings.
            || word.Text is not ("Sat" or "Sun")
            || (At(tokens, index - 1) is { Kind: TokenKind.Word } before && DayCues.Contains(before.Text));
        if (!fits)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, day);
        return 2;
    }

    /// <summary>A month name, or a date or time another pass has already read ("Jan. 6" -> "January sixth").</summary>
    private static bool IsDateStart(Token token) =>
        token.Kind == TokenKind.Spoken ? token.Class is "date" or "numeric-date" or "time" : Abbreviations.Months.ContainsKey(token.Text);
}
