using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A possessive or plural "'s" glued to something a pass has read: "April 29th's meeting" -> "April twenty-ninth's
/// meeting", "the 12's" -> "twelve's". The "s" joins the last spoken word instead of being read as a letter.
/// </summary>
internal sealed class PossessivePass : TokenPass
{
    public override string Name => "possessive";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        return 0;
    }

    /// <summary>The base pass skips spoken tokens, which are the ones this pass extends, so it walks the list itself.</summary>
    public override List<Token> Apply(List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is { Kind: TokenKind.Spoken, Words.Count: > 0 }
                && At(tokens, i + 1) is { Kind: TokenKind.Punctuation, Text: "'" or "\u2019", SpaceBefore: false }
                && At(tokens, i + 2) is { Kind: TokenKind.Word, Text: "s", SpaceBefore: false } s)
            {
                var words = token.Words.ToList();
                words[^1] += "'s";
                result.Add(token with { Text = string.Join(' ', words), Words = words, Length = s.Start + s.Length - token.Start });
                i += 2;
                continue;
            }
            result.Add(token);
        }
        return result;
    }
}
