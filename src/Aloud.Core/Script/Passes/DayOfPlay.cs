using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The breaks of a multi-day match, which only cricket names beside a score: "at the close of the first day", "close of
/// play", "at the close on day two", "a day's play", "at lunch". Each makes "287-4" runs for wickets, as "stumps" and "tea" do.
/// </summary>
internal static class DayOfPlay
{
    /// <summary>How far after "close of" the day may be named ("the close of the second day").</summary>
    private const int DayReach = 4;

    /// <summary>Whether the sentence names a close or a break of a day's play.</summary>
    public static bool Named(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Text: "close" or "Close" } && tokens[k + 1] is { Kind: TokenKind.Word, Text: "of" or "on" } && NamesADay(tokens, k + 2)
                || tokens[k] is { Kind: TokenKind.Word, Text: "day's" or "day\u2019s" } && tokens[k + 1] is { Kind: TokenKind.Word, Text: "play" }
                || tokens[k] is { Kind: TokenKind.Word, Text: "at" or "At" } && tokens[k + 1] is { Kind: TokenKind.Word, Text: "lunch" })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"play", or "day" within a few words ("the first day", "day two").</summary>
    private static bool NamesADay(IReadOnlyList<Token> tokens, int from)
    {
        if (TokenPass.At(tokens, from) is { Kind: TokenKind.Word, Text: "play" })
        {
            return true;
        }
        for (var k = from; k < Math.Min(tokens.Count, from + DayReach); k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Text: "day" or "Day" or "day's" or "day\u2019s" })
            {
                return true;
            }
        }
        return false;
    }
}
