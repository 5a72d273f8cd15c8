using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Results written as a line of names and scores, "Red Lion 3-0 Hatfield", "Western Springs AFC 0 Melville Utd 2",
/// "Ballycorrig 0-12 Dohenys 1-09": the shape itself says it is a result, with no verb of winning beside it. Read on
/// the tokens the range pass has read, where every number is already words.
/// </summary>
internal static class ResultLines
{
    private static Token? At(IReadOnlyList<Token> tokens, int index) => TokenPass.At(tokens, index);

    /// <summary>
    /// Whether the token can be part of a team's name: a capitalised word, or an initialism or abbreviation another
    /// pass has already spelled ("AFC" -> "A F C", "Utd" -> "United").
    /// </summary>
    public static bool IsNamePart(Token? token) => token switch
    {
        { Kind: TokenKind.Word } word => char.IsUpper(word.Text[0]),
        { Kind: TokenKind.Spoken, Class: "acronym" or "acronym-spelled" or "abbreviation", Words: [var first, ..] } => first.Length > 0 && char.IsUpper(first[0]),
        _ => false,
    };

    /// <summary>"Red Lion 3-0 Hatfield": a dashed pair at <paramref name="dash"/> with a name right before and right after it.</summary>
    public static bool BetweenNames(IReadOnlyList<Token> tokens, int dash) =>
        IsNamePart(At(tokens, dash - 2)) && IsNamePart(At(tokens, dash + 2));

    /// <summary>
    /// "Fenwick 0 Dunmere 1", "Hibernian 0 Dundee United 2": each zero of a dashless result line, a score written
    /// after each side's name, is said "nil", as British and Commonwealth football, rugby and hockey say it. Both scores
    /// are small (two digits at most, as written) and the line's second score ends a clause.
    /// </summary>
    public static void SayNil(List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (IsWrittenZero(tokens[i]) && IsNamePart(tokens[i - 1]) && (SideBefore(tokens, i) || SideAfter(tokens, i)))
            {
                tokens[i] = tokens[i] with { Words = ["nil"] };
            }
        }
    }

    /// <summary>The zero is the second side's: "Ashvale 1 Rovers 0;" (a name and score before its own name, then a clause's end).</summary>
    private static bool SideBefore(List<Token> tokens, int zero)
    {
        if (!EndsClause(At(tokens, zero + 1)))
        {
            return false;
        }
        var k = zero - 1;
        while (k > zero - 5 && IsNamePart(At(tokens, k)))
        {
            k--;
        }
        return k < zero - 1 && IsSmallScore(At(tokens, k)) && IsNamePart(At(tokens, k - 1));
    }

    /// <summary>The zero is the first side's: "West Ham 0 Spurs 1." (the other name and its score after it, then a clause's end).</summary>
    private static bool SideAfter(List<Token> tokens, int zero)
    {
        var k = zero + 1;
        while (k < zero + 5 && IsNamePart(At(tokens, k)))
        {
            k++;
        }
        return k > zero + 1 && IsSmallScore(At(tokens, k)) && EndsClause(At(tokens, k + 1));
    }

    private static bool EndsClause(Token? token) => token is null or { Kind: TokenKind.Punctuation, Text: "." or "," or ";" or ":" or "(" or ")" };

    private static bool IsWrittenZero(Token token) => token is { Kind: TokenKind.Spoken, Class: "cardinal", Words: ["zero"], Length: 1 };

    private static bool IsSmallScore(Token? token) => token is { Kind: TokenKind.Spoken, Class: "cardinal", Length: <= 2 };
}
