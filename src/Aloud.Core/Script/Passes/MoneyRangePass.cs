using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A range of whole amounts in one currency, each end with its sign: "$128-$146" -> "one hundred twenty-eight to one
/// hundred forty-six dollars", as a newsreader says it (and as "10-12 weeks" names its unit once), with a price's rate
/// after it ("$318-$342/cwt" -> "... dollars a hundredweight") and a scale glued to both ends ("$12m-$18m" -> "twelve
/// to eighteen million dollars"); after an article and before a noun the range is an adjective ("a $25-$40 ticket": "a
/// twenty-five to forty dollar ticket"). Amounts with cents are left to the money pass.
/// </summary>
internal sealed class MoneyRangePass(INumberWords numbers) : TokenPass
{
    /// <summary>The signs whose ranges this pass reads: the money pass names them ("$": "dollar", "dollars").</summary>
    private static readonly HashSet<string> Signs = new(StringComparer.Ordinal) { "$", "€", "£" };

    /// <summary>Words after an amount that say what it is paid for, not what it describes: "$20-$30 a night", "each", "per".</summary>
    private static readonly HashSet<string> RateWords = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "per", "each", "apiece", "and", "or", "to", "for", "in", "on", "at" };

    private static readonly HashSet<string> ScaleWords = new(StringComparer.OrdinalIgnoreCase) { "thousand", "million", "billion", "trillion", "m", "bn", "k" };

    public override string Name => "money";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Symbol } sign || !Signs.Contains(sign.Text) || MoneyPass.SignNames(sign.Text) is not var (one, many)
            || Whole(At(tokens, index + 1)) is not ({ } low, var lowScale) || At(tokens, index + 1)!.SpaceBefore
            || At(tokens, index + 2) is not { Text: "-" or "\u2013", SpaceBefore: false }
            || At(tokens, index + 3) is not { Kind: TokenKind.Symbol, SpaceBefore: false } secondSign || secondSign.Text != sign.Text
            || Whole(At(tokens, index + 4)) is not ({ } high, var highScale) || At(tokens, index + 4)!.SpaceBefore || high <= low || lowScale != highScale
            || At(tokens, index + 5) is { Kind: TokenKind.Word } scale && ScaleWords.Contains(scale.Text)
            || At(tokens, index + 5) is { Text: "-" or "/" or "." or ",", SpaceBefore: false } && At(tokens, index + 6) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return 0;
        }
        var scaleWord = lowScale switch { "m" or "mn" => " million", "bn" => " billion", "k" => " thousand", _ => "" };
        // "a $25-$40 ticket": after an article and before the noun it describes, the range is an adjective, singular.
        var adjective = At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "a" or "an" or "A" or "An" }
            && At(tokens, index + 5) is { Kind: TokenKind.Word } described && char.IsLower(described.Text[0]) && !RateWords.Contains(described.Text);
        if (At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "a" or "an" or "A" or "An" } && !adjective)
        {
            return 0;
        }
        var words = $"{numbers.Cardinal(low)} to {numbers.Cardinal(high)}{scaleWord} {(adjective ? one : many)}";
        var used = 5;
        if (PriceRate.Read(tokens, index + used, out var rateTokens) is { } rate)
        {
            words += " " + rate;
            used += rateTokens;
        }
        replacement = Spoken(tokens, index, used, words);
        return used;
    }

    /// <summary>
    /// A whole amount with well-placed thousands commas ("1,150") and the scale glued to it, if any ("12m", "3bn"),
    /// or null.
    /// </summary>
    private static (long? Value, string Scale) Whole(Token? token)
    {
        if (token is not { Kind: TokenKind.Number } amount || amount.Text.Length > 15)
        {
            return (null, "");
        }
        var (number, scale) = NumberText.Split(amount.Text);
        var groups = number.Split(',');
        var grouped = groups.Length == 1 || groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3);
        var digits = string.Concat(groups);
        return grouped && NumberText.IsPlain(digits) && digits[0] != '0' && scale is "" or "m" or "mn" or "bn" or "k"
            ? (long.Parse(digits, CultureInfo.InvariantCulture), scale)
            : (null, "");
    }
}
