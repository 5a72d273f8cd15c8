using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Month and day, with an optional year: "Feb. 13" -> "February thirteenth", "May 23, 2025" -> "May
/// twenty-third, twenty twenty-five". The day is read as an ordinal, as American newsreaders say it.
/// </summary>
internal sealed class DatePass(INumberWords numbers) : TokenPass
{
    public override string Name => "date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var monthToken = tokens[index];
        if (monthToken.Kind != TokenKind.Word || !char.IsUpper(monthToken.Text[0])
            || !Abbreviations.Months.TryGetValue(monthToken.Text, out var month))
        {
            return 0;
        }
        var next = index + 1;
        var abbreviated = !string.Equals(month, monthToken.Text, StringComparison.OrdinalIgnoreCase);
        if (abbreviated && At(tokens, next) is { } dot && dot.IsPunctuation("."))
        {
            next++;
        }
        if (!TryReadDay(At(tokens, next), out var day))
        {
            return 0;
        }
        var words = $"{month} {numbers.Ordinal(day)}";
        var consumed = next + 1 - index;
        // "May 23, 2025": the comma stays a breath and the year pass reads the year; "May 23 2025" is read here.
        if (TryReadYear(At(tokens, next + 1), out var year))
        {
            replacement = Spoken(tokens, index, consumed + 1, $"{words} {numbers.Year(year)}");
            return consumed + 1;
        }
        replacement = Spoken(tokens, index, consumed, words);
        return consumed;
    }

    private static bool TryReadDay(Token? token, out long day)
    {
        day = 0;
        if (token is not { Kind: TokenKind.Number })
        {
            return false;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        return (suffix.Length == 0 || OrdinalPass.IsOrdinalSuffix(suffix))
            && NumberText.IsPlain(digits) && digits.Length <= 2
            && NumberText.TryParseInteger(digits, out day) && day is >= 1 and <= 31;
    }

    private static bool TryReadYear(Token? token, out int year)
    {
        year = 0;
        return token is { Kind: TokenKind.Number } && token.Text.Length == 4 && NumberText.IsPlain(token.Text)
            && int.TryParse(token.Text, out year) && year is >= 1000 and <= 2999;
    }
}
