using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Decimals the cardinal pass cannot see: a leading point (".5" -> "point five", ".1 trillion") and an abbreviated
/// scale glued to the number ("1.5B" -> "one point five billion", "300M" -> "three hundred million").
/// </summary>
internal sealed class DecimalPass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, string> Scales = new(StringComparer.Ordinal)
    {
        ["M"] = "million",
        ["bn"] = "billion",
        ["B"] = "billion",
        ["tn"] = "trillion",
        ["T"] = "trillion",
    };

    public override string Name => "decimal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.IsPunctuation(".") && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } fraction && NumberText.IsPlain(fraction.Text)
            && (index == 0 || token.SpaceBefore || At(tokens, index - 1) is { Kind: TokenKind.Punctuation or TokenKind.Symbol }))
        {
            // Not "end.5" (a sentence run into a number): only a point that starts a number.
            replacement = Spoken(tokens, index, 2, "point " + NumberText.DigitByDigit(numbers, fraction.Text));
            return 2;
        }
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        if (!Scales.TryGetValue(suffix, out var scale) || DecimalWords.TryRead(numbers, digits) is not { } amount)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"{amount} {scale}");
        return 1;
    }
}
