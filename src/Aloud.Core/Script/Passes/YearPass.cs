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
        if (year is < 1100 or > 2099 || QuantityContext.IsCount(tokens, index) || QuantityContext.StartsCountedRange(tokens, index) || StartsMeasuredRange(tokens, index)
            || EndsAccountNumber(tokens, index))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, numbers.Year(year));
        return 1;
    }

    /// <summary>Nouns whose "ending in 1999" names final digits, not a year ("the war ending in 1945" stays a year).</summary>
    private static readonly HashSet<string> NumberedThings = new(StringComparer.OrdinalIgnoreCase)
    {
        "card", "cards", "account", "accounts", "number", "numbers", "phone", "digits", "serial", "plate", "plates",
        "visa", "mastercard", "amex", "ssn", "id", "pin", "code", "ticket", "policy", "iban",
    };

    /// <summary>"card ending in 1999": the last digits of a card or account, left to the cardinal pass to read.</summary>
    private static bool EndsAccountNumber(IReadOnlyList<Token> tokens, int index)
    {
        if (!CardinalPass.EndingDigits(tokens, index, tokens[index].Text))
        {
            return false;
        }
        for (var k = index - 3; k >= Math.Max(0, index - 6); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && NumberedThings.Contains(word.Text))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsMeasuredRange(IReadOnlyList<Token> tokens, int index) =>
        NumericClasses.IsDash(At(tokens, index + 1))
        && At(tokens, index + 2) is { Kind: TokenKind.Spoken, Class: "measure" or "money" or "percent" };
}
