using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// India's ten-digit mobile numbers as they are printed, two spaced groups of five ("94170 52836"), with or without
/// "+91" before them. Mobile numbers there start with 6 to 9; two bare five-digit counts never stand side by side in
/// English copy, so that shape alone is a number, and after a telephone word any first digit is.
/// </summary>
internal static class IndianMobileNumber
{
    /// <summary>
    /// How many tokens the number at <paramref name="index"/> spans (0 when it is not one), and where its first
    /// group is (after "+91", two tokens on).
    /// </summary>
    public static (int Count, int FirstGroup) Match(IReadOnlyList<Token> tokens, int index, bool announced)
    {
        var first = index;
        if (tokens[index] is { Kind: TokenKind.Symbol, Text: "+" })
        {
            if (TokenPass.At(tokens, index + 1) is not { Kind: TokenKind.Number, Text: "91", SpaceBefore: false })
            {
                return (0, 0);
            }
            first = index + 2;
        }
        else if (TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
        {
            // The tail of some longer figure ("2-94170 52836"), not the start of a number.
            return (0, 0);
        }
        if (!IsGroup(TokenPass.At(tokens, first)) || TokenPass.At(tokens, first + 1) is not { SpaceBefore: true } second || !IsGroup(second)
            || TokenPass.At(tokens, first + 2) is { Kind: TokenKind.Number or TokenKind.Symbol } or { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false })
        {
            return (0, 0);
        }
        var mobilePrefix = tokens[first].Text[0] is >= '6' and <= '9';
        return mobilePrefix || announced || first != index ? (first + 2 - index, first) : (0, 0);
    }

    private static bool IsGroup(Token? token) => token is { Kind: TokenKind.Number, Text.Length: 5 } && NumberText.IsPlain(token.Text);
}
