using System.Globalization;
using Aloud.Script.Tokens;
using Aloud.Speech;

namespace Aloud.Script.Passes;

/// <summary>
/// A live match report's minute mark opening an entry: "52' GOAL! ..." -> "fifty-second minute. GOAL! ...", and
/// stoppage time "90+3' Full time" -> "ninety plus three minutes. Full time". Only at the start of a sentence, with a
/// match's range of minutes (up to 130) and a capitalised word or a dash after it, so a foot mark in a height or a
/// quotation mark is never read as a minute. In a goals line a scorer's minute after the name ("Okafor 12'") and how the
/// goal came ("(pen.)", "(og)") are read too.
/// </summary>
internal sealed class MinuteMarkPass(INumberWords numbers) : TokenPass
{
    private const int LastMinute = 130;

    public override string Name => "time";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "pen" or "og" or "OG" } goalKind && At(tokens, index - 1) is { Text: "(" }
            && At(tokens, index - 2) is { Kind: TokenKind.Punctuation, Text: "'" or "\u2019" or "\u2032" } && At(tokens, index - 3) is { Kind: TokenKind.Number })
        {
            // "Whitlow 81' (pen.)", "Reid 30' (og)": how the goal came, after its minute.
            var dotted = At(tokens, index + 1) is { Text: ".", SpaceBefore: false };
            replacement = Spoken(tokens, index, dotted ? 2 : 1, goalKind.Text == "pen" ? "penalty" : "own goal");
            return dotted ? 2 : 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "pen" or "og" } bareKind && Minute(tokens, index - 1) is not null
            // "(Okafor 34, Vance 78 pen)", and "Lindgren (67 pen)", the minute alone in the scorer's brackets.
            && (At(tokens, index - 2) is { Kind: TokenKind.Word } scorer && char.IsUpper(scorer.Text[0]) || At(tokens, index - 2) is { Text: "(" })
            && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "," or ")" or ";" } && InsideBrackets(tokens, index))
        {
            // "(Okafor 34, Vance 78 pen)": a scorers' list in brackets marks a penalty or an own goal after the minute.
            replacement = Spoken(tokens, index, 1, bareKind.Text == "pen" ? "penalty" : "own goal");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "pen" or "og" } leadingKind && At(tokens, index - 1) is { Text: "(" }
            && Minute(tokens, index + 1) is not null && At(tokens, index + 2) is { Kind: TokenKind.Punctuation, Text: ")" or "," })
        {
            // "Mabaso (pen 71)": how the goal came, before its minute.
            replacement = Spoken(tokens, index, 1, leadingKind.Text == "pen" ? "penalty" : "own goal");
            return 1;
        }
        if (index > 0)
        {
            return ScorerMinute(tokens, index, out replacement);
        }
        if (Minute(tokens, 0) is not { } minute)
        {
            return 0;
        }
        var used = 1;
        int? added = null;
        if (At(tokens, 1) is { Text: "+", SpaceBefore: false } && Minute(tokens, 2) is { } stoppage && stoppage <= 30)
        {
            added = stoppage;
            used = 3;
        }
        if (At(tokens, used) is not { Kind: TokenKind.Punctuation, Text: "'" or "\u2019" or "\u2032", SpaceBefore: false }
            || At(tokens, used + 1) is not { SpaceBefore: true } next
            || !(next.Kind == TokenKind.Word && char.IsUpper(next.Text[0]) || next.Text is "-" or "\u2013" or "\u2014" or ":"))
        {
            return 0;
        }
        var words = added is { } extra
            ? $"{numbers.Cardinal(minute)} plus {numbers.Cardinal(extra)} minutes"
            : $"{numbers.Ordinal(minute)} minute";
        replacement = Spoken(tokens, 0, used + 1, words, next.Kind == TokenKind.Word ? WordBreak.Clause : WordBreak.None);
        return used + 1;
    }

    /// <summary>
    /// A scorer's minute in a goals line: "Okafor 12', Brandt 90+2'" -> "Okafor twelfth minute, Brandt ninety plus two
    /// minutes". Only right after a capitalised name and before the line's punctuation or a bracket.
    /// </summary>
    private int ScorerMinute(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]) || name.Text.All(char.IsUpper)
            || Minute(tokens, index) is not { } minute || !tokens[index].SpaceBefore)
        {
            return 0;
        }
        var used = 1;
        int? added = null;
        if (At(tokens, index + 1) is { Text: "+", SpaceBefore: false } && Minute(tokens, index + 2) is { } stoppage && stoppage <= 30 && !tokens[index + 2].SpaceBefore)
        {
            added = stoppage;
            used = 3;
        }
        if (At(tokens, index + used) is not { Kind: TokenKind.Punctuation, Text: "'" or "\u2019" or "\u2032", SpaceBefore: false }
            || At(tokens, index + used + 1) is not (null or { Kind: TokenKind.Punctuation, Text: "," or ";" or "." or "(" or ")" }))
        {
            return 0;
        }
        var words = added is { } extra ? $"{numbers.Cardinal(minute)} plus {numbers.Cardinal(extra)} minutes" : $"{numbers.Ordinal(minute)} minute";
        replacement = Spoken(tokens, index, used + 1, words);
        return used + 1;
    }

    /// <summary>Whether an opening bracket stands before <paramref name="index"/> in the same list, a few scorers back.</summary>
    private static bool InsideBrackets(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 24); k--)
        {
            if (tokens[k] is { Text: "(" })
            {
                return true;
            }
            if (tokens[k] is { Text: ")" })
            {
                return false;
            }
        }
        return false;
    }

    private static int? Minute(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Number } number && number.Text.Length <= 3 && NumberText.IsPlain(number.Text) && number.Text[0] != '0'
        && int.Parse(number.Text, CultureInfo.InvariantCulture) is var value && value <= LastMinute ? value : null;
}
