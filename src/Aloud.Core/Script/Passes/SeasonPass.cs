using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A year with the next one abbreviated, as in a season or a fiscal year: "2023-24" -> "twenty twenty-three to
/// twenty-four", "2003-04" -> "two thousand three to oh four", "1999-00" -> "nineteen ninety-nine to two thousand".
/// The short part must be the following years of the same run, so "1234-56" or "2020-10" (a month) are left alone.
/// </summary>
internal sealed class SeasonPass(INumberWords numbers) : TokenPass
{
    public override string Name => "year";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: ['F', 'Y', .. var digits] } && digits.Length is 2 or 4 && NumberText.IsPlain(digits))
        {
            // "FY2023", "FY24": a fiscal year, read as a year.
            var value = int.Parse(digits, CultureInfo.InvariantCulture);
            var spokenYear = digits.Length == 4 ? numbers.Year(value) : digits[0] == '0' ? "oh " + numbers.Cardinal(value) : numbers.Cardinal(value);
            replacement = Spoken(tokens, index, 1, $"fiscal year {spokenYear}");
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Number, Text.Length: 4 } first || !NumberText.IsPlain(first.Text)
            || !NumericClasses.IsDash(At(tokens, index + 1))
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, Text.Length: 2 } second || !NumberText.IsPlain(second.Text)
            || tokens[index + 1].SpaceBefore != second.SpaceBefore || NumericClasses.IsDash(At(tokens, index + 3)))
        {
            return 0;
        }
        var year = int.Parse(first.Text, CultureInfo.InvariantCulture);
        var shortYear = int.Parse(second.Text, CultureInfo.InvariantCulture);
        var nextYear = year + 1;
        var isFollowing = shortYear == nextYear % 100 || (shortYear > year % 100 && shortYear - (year % 100) <= 5);
        if (year is < 1100 or > 2099 || !isFollowing)
        {
            return 0;
        }
        var fullYear = (year / 100 * 100) + shortYear + (shortYear < year % 100 ? 100 : 0);
        var end = shortYear == 0 ? numbers.Year(fullYear) : second.Text[0] == '0' ? "oh " + numbers.Cardinal(shortYear) : numbers.Cardinal(shortYear);
        replacement = Spoken(tokens, index, 3, $"{numbers.Year(year)} to {end}");
        return 3;
    }
}
