using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>"$5" -> "five dollars", "$1.2 billion" -> "one point two billion dollars", "$5.50" -> "five dollars and fifty cents".</summary>
internal sealed class MoneyPass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, (string One, string Many, string Cent, string Cents)> Currencies = new()
    {
        ["$"] = ("dollar", "dollars", "cent", "cents"),
        ["£"] = ("pound", "pounds", "penny", "pence"),
        ["€"] = ("euro", "euros", "cent", "cents"),
        ["¥"] = ("yen", "yen", "sen", "sen"),
    };

    private static readonly HashSet<string> Scales = new(StringComparer.OrdinalIgnoreCase) { "thousand", "million", "billion", "trillion" };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (!Currencies.TryGetValue(tokens[index].Text, out var currency) || At(tokens, index + 1) is not { Kind: TokenKind.Number } amount
            || amount.SpaceBefore || NumberText.Split(amount.Text).Suffix.Length > 0)
        {
            return 0;
        }
        var digits = amount.Text.Replace(",", "");
        var parts = digits.Split('.');
        if (!NumberText.TryParseInteger(parts[0], out var whole) || parts.Length > 2)
        {
            return 0;
        }
        if (At(tokens, index + 2) is { Kind: TokenKind.Word } scale && Scales.Contains(scale.Text))
        {
            var amountWords = parts.Length == 2 ? $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])}" : numbers.Cardinal(whole);
            replacement = Spoken(tokens, index, 3, $"{amountWords} {scale.Text.ToLowerInvariant()} {currency.Many}");
            return 3;
        }
        var words = $"{numbers.Cardinal(whole)} {(whole == 1 ? currency.One : currency.Many)}";
        if (parts.Length == 2 && parts[1].Length == 2 && int.TryParse(parts[1], out var cents) && cents > 0)
        {
            words += $" and {numbers.Cardinal(cents)} {(cents == 1 ? currency.Cent : currency.Cents)}";
        }
        else if (parts.Length == 2 && parts[1].Trim('0').Length > 0)
        {
            words = $"{numbers.Cardinal(whole)} point {NumberText.DigitByDigit(numbers, parts[1])} {currency.Many}";
        }
        replacement = Spoken(tokens, index, 2, words);
        return 2;
    }
}
