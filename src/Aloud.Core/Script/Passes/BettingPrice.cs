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

    /// <summary>Words of a win or a dog race before a price: "won in 28.94 at 5/2", "the trap 4 dog, at 7/4".</summary>
    private static readonly HashSet<string> WinWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "wins", "winner", "winning", "greyhound", "greyhounds", "trap", "dog", "dogs", "backed", "favourite", "favorite",
    };

    /// <summary>How far before "at" a word of a win is looked for: one result's clause, not the whole line.</summary>
    private const int WinWindow = 8;

    /// <summary>
    /// "Swift Lass won in 29.10 at 7/2": a slashed pair after "at" in a winner's clause is the price it won at, never a
    /// date or a fraction; no race result is dated "at" a day.
    /// </summary>
    public static bool AtWinningPrice(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } top || !NumberText.IsPlain(top.Text) || top.Text.Length > 3
            || TokenPass.At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || TokenPass.At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } bottom || !NumberText.IsPlain(bottom.Text) || bottom.Text.Length > 3
            || TokenPass.At(tokens, index + 3) is { Text: "/", SpaceBefore: false } or { Kind: TokenKind.Word, Text: "of" }
            || TokenPass.At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "at" })
        {
            return false;
        }
        for (var k = index - 2; k >= Math.Max(0, index - 1 - WinWindow); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && WinWords.Contains(word.Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the slashed pair at <paramref name="index"/> is a bookmaker's price by its own cues.</summary>
    public static bool IsPrice(IReadOnlyList<Token> tokens, int index) => ToWin(tokens, index) || AtWinningPrice(tokens, index);
}
