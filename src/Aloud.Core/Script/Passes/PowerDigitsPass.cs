using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Raised and lowered digits that carry meaning: a power of ten in scientific notation ("3.2 × 10⁶" -> "ten to the power
/// of six", "10⁻⁵" -> "ten to the power of minus five") and a chemical formula's counts ("CO₂" -> "C O two", "H₂O" -> "H
/// two O"). Without this they are symbols no pass reads, and the figure silently loses its size or the molecule its
/// atoms. Squared and cubed units ("m²") are the measure pass's: only a power glued to a number is read here.
/// </summary>
internal sealed class PowerDigitsPass(INumberWords numbers) : TokenPass
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private const string Subscripts = "₀₁₂₃₄₅₆₇₈₉";

    public override string Name => "power";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Text is "×" or "x" && At(tokens, index - 1) is { Kind: TokenKind.Number } && At(tokens, index + 1) is { Kind: TokenKind.Number, Text: "10" }
            && Raised(tokens, index + 2) is ({ } power, var powerUsed))
        {
            // "1.2 × 10⁻⁵": the multiplication sign with the power it multiplies by, which no other pass sees as a number.
            replacement = Spoken(tokens, index, 2 + powerUsed, $"times ten to the power of {power}");
            return 2 + powerUsed;
        }
        if (token is { Kind: TokenKind.Number, Text: "10" } && Raised(tokens, index + 1) is ({ } exponent, var used))
        {
            replacement = Spoken(tokens, index, 1 + used, $"ten to the power of {exponent}");
            return 1 + used;
        }
        if (index > 0 && !token.SpaceBefore && At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Punctuation } before
            && (before.Kind == TokenKind.Word || before.Text == ")") && Lowered(token.Text) is { } count)
        {
            replacement = Spoken(tokens, index, 1, numbers.Cardinal(count));
            return 1;
        }
        return 0;
    }

    /// <summary>A glued run of superscript digits, with an optional superscript minus: its words and tokens used.</summary>
    private (string? Words, int Used) Raised(IReadOnlyList<Token> tokens, int at)
    {
        var text = "";
        var k = at;
        while (At(tokens, k) is { SpaceBefore: false } part && part.Text.All(c => c == '⁻' || Superscripts.Contains(c)))
        {
            text += part.Text;
            k++;
        }
        var negative = text.StartsWith('⁻');
        var digits = negative ? text[1..] : text;
        if (digits.Length is 0 or > 3 || digits.Contains('⁻'))
        {
            return (null, 0);
        }
        var value = int.Parse(string.Concat(digits.Select(c => (char)('0' + Superscripts.IndexOf(c)))), CultureInfo.InvariantCulture);
        return ((negative ? "minus " : "") + numbers.Cardinal(value), k - at);
    }

    /// <summary>The count a run of subscript digits writes, or null when the text is anything else.</summary>
    private static int? Lowered(string text) =>
        text.Length is > 0 and <= 2 && text.All(c => Subscripts.Contains(c))
            ? int.Parse(string.Concat(text.Select(c => (char)('0' + Subscripts.IndexOf(c)))), CultureInfo.InvariantCulture)
            : null;
}
