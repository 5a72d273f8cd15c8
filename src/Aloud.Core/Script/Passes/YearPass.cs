using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A plain four-digit number from 1100 to 2099 is read as a year ("twenty twenty-five"); written with a
/// thousands comma ("2,025") it stays a quantity for the cardinal pass, and so does the low end of a range of
/// measures or sums ("1500-2000 kg", "1200-1500 tons" once read): the unit after the high end counts both.
/// </summary>
internal sealed class YearPass(INumberWords numbers) : TokenPass
{
    public override string Name => "year";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number || token.Text.Length != 4 || !NumberText.IsPlain(token.Text))
        {
            return 0;
        }
        var year = int.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture);
        if (year is < 1100 or > 2099 || QuantityContext.IsCount(tokens, index) || StartsMeasuredRange(tokens, index))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, numbers.Year(year));
        return 1;
    }

    private static bool StartsMeasuredRange(IReadOnlyList<Token> tokens, int index) =>
        NumericClasses.IsDash(At(tokens, index + 1))
        && At(tokens, index + 2) is { Kind: TokenKind.Spoken, Class: "measure" or "money" or "percent" };
}
