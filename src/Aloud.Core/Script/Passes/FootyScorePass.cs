using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An Australian football score: goals and behinds with the total in brackets, "14.12 (96)" -> "fourteen twelve,
/// ninety-six". It is told from a decimal by arithmetic, not by context: a goal is six points and a behind one, so the
/// bracketed total must be six times the goals plus the behinds. The brackets are left to be read as pauses. A player's
/// own goals and behinds have no total to check, and are told by the verb before them instead: "kicked 6.2",
/// "booted 3.1", "finished with 4.3" -> "six two", in a sentence with no money or percentage in it.
/// </summary>
internal sealed class FootyScorePass(INumberWords numbers) : TokenPass
{
    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } score || score.Text.Split('.') is not [var goalText, var behindText]
            || goalText.Length is < 1 or > 2 || behindText.Length is < 1 or > 2 || !NumberText.IsPlain(goalText) || !NumberText.IsPlain(behindText))
        {
            return 0;
        }
        if (IsPlayersTally(tokens, index))
        {
            var kickedGoals = int.Parse(goalText, CultureInfo.InvariantCulture);
            var kickedBehinds = int.Parse(behindText, CultureInfo.InvariantCulture);
            replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(kickedGoals)} {numbers.Cardinal(kickedBehinds)}");
            return 1;
        }
        if (At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "(", SpaceBefore: true }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } total || !NumberText.IsPlain(total.Text) || total.Text.Length > 3
            || At(tokens, index + 3) is not { Kind: TokenKind.Punctuation, Text: ")" })
        {
            return 0;
        }
        var goals = int.Parse(goalText, CultureInfo.InvariantCulture);
        var behinds = int.Parse(behindText, CultureInfo.InvariantCulture);
        if (goals * 6 + behinds != int.Parse(total.Text, CultureInfo.InvariantCulture))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(goals)} {numbers.Cardinal(behinds)}");
        return 1;
    }

    /// <summary>Verbs a player's goals and behinds follow: only a football is kicked or booted for a dotted pair.</summary>
    private static readonly HashSet<string> KickingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "kicked", "kicks", "kicking", "booted", "boots", "booting",
    };

    /// <summary>Words that may follow the pair in a tally ("kicked 6.2 in the win", "booted 3.1 against Geelong").</summary>
    private static readonly HashSet<string> TallyFollowers = new(StringComparer.Ordinal)
    {
        "in", "against", "on", "at", "as", "for", "and", "from", "before", "after", "while", "with", "during", "to", "but", "of",
    };

    /// <summary>
    /// "Wolfenden kicked 6.2 in the win", "finished with 4.3": a player's goals and behinds after a kicking verb (or
    /// "finished with"), then a clause's end or a function word, in a sentence with no currency or percentage, where a
    /// decimal after the same verbs would be money or a rate.
    /// </summary>
    private static bool IsPlayersTally(IReadOnlyList<Token> tokens, int index)
    {
        var afterKick = At(tokens, index - 1) is { Kind: TokenKind.Word } verb && KickingVerbs.Contains(verb.Text);
        var finishedWith = At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "with" }
            && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "finished" or "finishes" or "finishing" };
        if (!afterKick && !finishedWith)
        {
            return false;
        }
        if (At(tokens, index + 1) is { } next && !(next.Kind == TokenKind.Punctuation && next.Text != "%" || next is { Kind: TokenKind.Word } follower && TallyFollowers.Contains(follower.Text)))
        {
            return false;
        }
        return !tokens.Any(t => t.Kind == TokenKind.Symbol && t.Text is "$" or "£" or "€" or "¥" or "%" || t is { Kind: TokenKind.Word, Text: "cent" or "percent" or "per" });
    }
}
