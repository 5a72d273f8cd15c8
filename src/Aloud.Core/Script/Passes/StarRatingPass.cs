using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A review's rating drawn in stars: "★★★★☆" -> "four stars out of five", "★★★" -> "three stars", "⭐⭐⭐⭐⭐" -> "five
/// stars". Without this pass the stars are silent and the listener loses the verdict. Filled stars count; empty ones
/// after them give the scale.
/// </summary>
internal sealed class StarRatingPass(INumberWords numbers) : TokenPass
{
    public override string Name => "rating";

    /// <summary>Longer runs are decoration, not a rating.</summary>
    private const int MaxStars = 10;

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (!IsStar(tokens[index], out var filled) || !filled || (At(tokens, index - 1) is { SpaceBefore: var _ } previous && IsStar(previous, out _) && !tokens[index].SpaceBefore))
        {
            return 0;
        }
        var full = 0;
        var empty = 0;
        var count = 0;
        for (var k = index; k < tokens.Count && count <= MaxStars; k++)
        {
            if (k > index && tokens[k].SpaceBefore || !IsStar(tokens[k], out var isFull) || (isFull && empty > 0))
            {
                break;
            }
            if (isFull) full++;
            else empty++;
            count++;
        }
        if (count > MaxStars)
        {
            return 0;
        }
        var stars = $"{numbers.Cardinal(full)} {(full == 1 ? "star" : "stars")}";
        replacement = Spoken(tokens, index, count, empty > 0 ? $"{stars} out of {numbers.Cardinal(full + empty)}" : stars);
        return count;
    }

    /// <summary>Whether the token is one star glyph, and whether it is a filled one.</summary>
    private static bool IsStar(Token token, out bool filled)
    {
        filled = token.Text is "\u2605" or "\u2B50" or "\u2B50\uFE0F";
        return filled || token.Text is "\u2606";
    }
}
