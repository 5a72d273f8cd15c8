using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A bookmaker's price outside racing: "Villa are 4/1 to win the Cup", "priced at 9/4 to lift the trophy". A slashed
/// pair followed by "to" and what the bet is on is odds, never a date or a fraction ("3/4 to win" has no other reading).
/// </summary>
internal static class BettingPrice
{
    private static readonly HashSet<string> BetOn = new(StringComparer.Ordinal)
    {
        "win", "lift", "claim", "take", "beat", "finish", "score", "reach", "retain", "land", "qualify", "top", "be",
    };

    /// <summary>
    /// Whether the slashed pair starting at <paramref name="index"/> ("4", "/", "1") is a price to win something, or a
    /// starting price ("was sent off at 33/1", "went off at 9/4").
    /// </summary>
    public static bool ToWin(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Number } && TokenPass.At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
        && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false }
        && (TokenPass.At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "to" } && TokenPass.At(tokens, index + 4) is { Kind: TokenKind.Word } verb && BetOn.Contains(verb.Text)
            || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" } && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "off" }
                && TokenPass.At(tokens, index - 3) is { Kind: TokenKind.Word, Text: "sent" or "went" or "goes" or "go" });
}
