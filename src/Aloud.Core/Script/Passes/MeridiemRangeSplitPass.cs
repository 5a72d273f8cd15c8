using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// "10 am-1 pm": the tokenizer joins "am", the dash and the next hour into one word ("am-1"), since a hyphen between
/// letters and digits joins words like "COVID-19". This pass splits such a word back into the meridiem, the dash and
/// the figure, so the time pass reads "ten a m to one p m" as it does when the copy writes "10am-1pm".
/// </summary>
internal sealed class MeridiemRangeSplitPass : TokenPass
{
    public override string Name => "time";

    // Apply splits tokens; Match is never asked.
    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = tokens[index];
        return 0;
    }

    public override List<Token> Apply(List<Token> tokens)
    {
        List<Token>? result = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (IsMeridiemThenFigure(t.Text) && t.Kind == TokenKind.Word && At(tokens, i - 1) is { Kind: TokenKind.Number })
            {
                result ??= [.. tokens.Take(i)];
                var figure = t.Text[3..];
                result.Add(new Token(TokenKind.Word, t.Text[..2], t.Start, t.SpaceBefore));
                result.Add(new Token(TokenKind.Punctuation, "-", t.Start + 2, false));
                result.Add(new Token(TokenKind.Number, figure, t.Start + 3, false));
                continue;
            }
            result?.Add(t);
        }
        return result ?? tokens;
    }

    /// <summary>"am-1", "pm-12.30": a meridiem, a hyphen and an hour (with its minutes) up to the word's end.</summary>
    private static bool IsMeridiemThenFigure(string text) =>
        text.Length is >= 4 and <= 8 && text[..2].ToLowerInvariant() is "am" or "pm" && text[2] == '-'
        && char.IsAsciiDigit(text[3]) && text[3..].All(c => char.IsAsciiDigit(c) || c is '.' or ':')
        && !text.EndsWith('.');
}
