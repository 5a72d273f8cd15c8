using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A change printed after a price in a market table: "Silver 27.44 -0.31" -> "twenty-seven point four four minus zero
/// point three one". The dash is spaced from the number before it and glued to a smaller one after, so it cannot be
/// the dash of a span (a span rises: "pp. 1 -7" stays "one to seven"). Runs before the number passes read the digits.
/// </summary>
internal sealed class SignedChangePass(INumberWords numbers) : TokenPass
{
    public override string Name => "negative";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: "-" or "\u2212", SpaceBefore: true }
            || At(tokens, index - 1) is not { Kind: TokenKind.Number } price || Value(price.Text) is not { } before
            || At(tokens, index + 1) is not { Kind: TokenKind.Number, SpaceBefore: false } change || Value(change.Text) is not { } after
            || after >= before || NumericClasses.IsDash(At(tokens, index + 2)) || DecimalWords.TryRead(numbers, change.Text) is not { } words)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, "minus " + words);
        return 2;
    }

    /// <summary>The value of a plain written decimal ("27.44", "1,318.50"); whole numbers are left to the range readings.</summary>
    private static decimal? Value(string text)
    {
        var plain = text.Replace(",", "", StringComparison.Ordinal);
        return plain.Length is > 2 and <= 20 && plain.Contains('.', StringComparison.Ordinal) && plain.All(c => char.IsAsciiDigit(c) || c == '.')
            && decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
