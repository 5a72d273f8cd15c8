using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A multiplication sign between two quantities the earlier passes read: "2 * 10" and "3 × 4" -> "times"; a spaced
/// letter x between two numbers is a dimension, "10 x 12" -> "ten by twelve". Elsewhere
/// an asterisk stays a footnote mark and is silent. Runs after the cardinal pass so both sides are already words.
/// </summary>
internal sealed class MathPass : TokenPass
{
    public override string Name => "math";

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
        if (tokens[index].Text is not ("*" or "\u00D7") || !NumericClasses.IsQuantity(At(tokens, index - 1)) || !NumericClasses.IsQuantity(At(tokens, index + 1)))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "times");
        return 1;
    }
}
