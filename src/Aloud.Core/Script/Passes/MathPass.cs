using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A multiplication sign between two quantities the earlier passes read: "2 * 10" and "3 × 4" -> "times". Elsewhere
/// an asterisk stays a footnote mark and is silent. Runs after the cardinal pass so both sides are already words.
/// </summary>
internal sealed class MathPass : TokenPass
{
    public override string Name => "math";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index].Text is not ("*" or "\u00D7") || !NumericClasses.IsQuantity(At(tokens, index - 1)) || !NumericClasses.IsQuantity(At(tokens, index + 1)))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, "times");
        return 1;
    }
}
