using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Abbreviated weekdays in datelines and schedules: "Tues., Jan. 6" -> "Tuesday, January sixth", "Sat. 9 a.m." ->
/// "Saturday nine a m". "Sun." and "Sat." are also a newspaper and a test, so the abbreviation counts only
/// before a comma, a month or a number, where nothing else fits.
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
            || (next is { Kind: TokenKind.Word or TokenKind.Spoken } && IsDateStart(next));
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
