using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Whether a word of a set stands near a token: the context test of rules like "a spaced kt is knots in a sentence
/// about wind". The search is bounded to a window on each side, so a pathological sentence of thousands of
/// candidates stays linear instead of scanning the whole sentence for each. A word an earlier pass already spoke
/// ("fav" read as "favourite") still counts as the context it is.
/// </summary>
internal static class NearbyWords
{
    /// <summary>Tokens searched on each side: more than any real sentence's clause.</summary>
    public const int Window = 60;

    /// <summary>Whether <paramref name="test"/> holds at any other position in the window around <paramref name="index"/>.</summary>
    public static bool AnyOther(IReadOnlyList<Token> tokens, int index, Func<int, bool> test)
    {
        var end = Math.Min(tokens.Count - 1, index + Window);
        for (var k = Math.Max(0, index - Window); k <= end; k++)
        {
            if (k != index && test(k))
            {
                return true;
            }
        }
        return false;
    }

    public static bool Any(IReadOnlyList<Token> tokens, int index, IReadOnlySet<string> words, int before = Window, int after = Window)
    {
        var end = Math.Min(tokens.Count - 1, index + after);
        for (var k = Math.Max(0, index - before); k <= end; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Spoken && words.Contains(tokens[k].Text)
                || tokens[k] is { Kind: TokenKind.Spoken, Words: [.., var lastWord] } && words.Contains(lastWord))
            {
                return true;
            }
        }
        return false;
    }
}
