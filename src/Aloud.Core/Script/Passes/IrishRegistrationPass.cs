using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An Irish registration's year and county, as car ads write them before "reg": "a 161-W reg" -> "one six one W reg",
/// "12-D reg" -> "twelve D reg", "08-KY registration" -> "zero eight K Y registration". The year code is two digits (to
/// 2012) or three (the year and its half since 2013), read as Irish people say them; the county is one or two capitals.
/// Without "reg" or "registration" beside it the shape is left to the other passes ("a 240-V supply" is volts).
/// </summary>
internal sealed class IrishRegistrationPass(INumberWords numbers) : TokenPass
{
    public override string Name => "irish-registration";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (YearOnly(tokens, index) is { } yearOnly)
        {
            replacement = Spoken(tokens, index, 3, yearOnly);
            return 3;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } year || year.Text.Length is not (2 or 3) || !year.Text.All(char.IsAsciiDigit)
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word, SpaceBefore: false } county || county.Text.Length is not (1 or 2) || !county.Text.All(char.IsAsciiLetterUpper)
            || At(tokens, index + 3) is { Text: "-", SpaceBefore: false })
        {
            // A full plate ("221-D-40718") goes on to its serial, which the code passes read whole.
            return 0;
        }
        if (!IsRegistrationWord(At(tokens, index + 3)) && !IsRegistrationWord(At(tokens, index - 1))
            && !(At(tokens, index - 1) is { Text: ".", SpaceBefore: false } && IsRegistrationWord(At(tokens, index - 2))))
        {
            return 0;
        }
        // "161" is said digit by digit; a two-digit year is a number ("twelve D"), but a leading zero is said ("zero eight").
        var yearWords = year.Text.Length == 3 || year.Text[0] == '0'
            ? NumberText.DigitByDigit(numbers, year.Text)
            : numbers.Cardinal(int.Parse(year.Text, System.Globalization.CultureInfo.InvariantCulture));
        replacement = Spoken(tokens, index, 3, $"{yearWords} {string.Join(' ', county.Text.ToCharArray())}");
        return 3;
    }

    /// <summary>
    /// "a 152-reg estate", "a 66-reg Golf": a car's registration year hyphened straight to "reg", with no county, as Irish
    /// and British ads write it. Three digits are the year and its half, said as a year is ("one fifty-two", "two oh one");
    /// two are a number ("sixty-six"), or said digit by digit behind a zero ("zero eight").
    /// </summary>
    private string? YearOnly(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } year || year.Text.Length is not (2 or 3) || !year.Text.All(char.IsAsciiDigit)
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word, SpaceBefore: false } reg || !IsRegistrationWord(reg)
            || At(tokens, index + 3) is { Text: "-", SpaceBefore: false })
        {
            return null;
        }
        var digits = year.Text;
        string words;
        if (digits.Length == 3)
        {
            var rest = digits[1] == '0' ? $"oh {numbers.Cardinal(digits[2] - '0')}" : numbers.Cardinal(int.Parse(digits[1..], System.Globalization.CultureInfo.InvariantCulture));
            words = $"{numbers.Cardinal(digits[0] - '0')} {rest}";
        }
        else
        {
            words = digits[0] == '0' ? NumberText.DigitByDigit(numbers, digits) : numbers.Cardinal(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        }
        return $"{words} {reg.Text}";
    }

    private static bool IsRegistrationWord(Token? token) => token is { Kind: TokenKind.Word, Text: "reg" or "Reg" or "registration" or "Registration" or "REG" };
}
