using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A multiplication sign between two quantities the earlier passes read: "2 * 10" and "3 × 4" -> "times"; a spaced
/// letter x between two numbers is a dimension, "10 x 12" -> "ten by twelve"; a comparison before a quantity is said,
/// "p&lt;0.001" -> "p less than zero point zero zero one". Elsewhere
/// an asterisk stays a footnote mark and is silent. Runs after the cardinal pass so both sides are already words.
/// </summary>
internal sealed class MathPass : TokenPass
{
    public override string Name => "math";

    private static readonly Dictionary<string, string> Comparisons = new(StringComparer.Ordinal)
    {
        ["<"] = "less than",
        [">"] = "greater than",
        ["\u2264"] = "less than or equal to",
        ["\u2265"] = "greater than or equal to",
        ["\u2260"] = "not equal to",
        ["\u2248"] = "approximately",
    };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "x", SpaceBefore: true } && At(tokens, index + 1) is { SpaceBefore: true }
            && NumericClasses.IsQuantity(At(tokens, index - 1)) && NumericClasses.IsQuantity(At(tokens, index + 1)))
        {
            // "5120 x 2880", "a 10 x 12 room": dimensions, "by".
            replacement = Spoken(tokens, index, 1, "by");
            return 1;
        }
        if (Comparisons.TryGetValue(tokens[index].Text, out var comparison) && tokens[index].Kind is TokenKind.Symbol or TokenKind.Punctuation
            && NumericClasses.IsQuantity(At(tokens, index + 1)))
        {
            // "p<0.001", "a score > 90", "≥ 18": a comparison before a quantity is said; a bare "<" or ">" elsewhere (an
            // arrow, a breadcrumb) stays silent.
            replacement = Spoken(tokens, index, 1, comparison);
            return 1;
        }
        if (tokens[index] is { Text: "*", SpaceBefore: false } && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken }
            && At(tokens, index + 1) is not { SpaceBefore: false, Kind: TokenKind.Number or TokenKind.Word }
            && (NearbyWords.Any(tokens, index, RangePass.CricketWordSet)
                || At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "made" or "scored" or "hit" or "unbeaten" or "on" }))
        {
            // "made 112* off 168 balls": cricket's asterisk marks an innings not out.
            replacement = Spoken(tokens, index, 1, "not out");
            return 1;
        }
        if (tokens[index].Text is not ("*" or "\u00D7") || !NumericClasses.IsQuantity(At(tokens, index - 1)) || !NumericClasses.IsQuantity(At(tokens, index + 1)))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "times");
        return 1;
    }
}
