using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An Australian football score: goals and behinds with the total in brackets, "14.12 (96)" -> "fourteen twelve,
/// ninety-six". It is told from a decimal by arithmetic, not by context: a goal is six points and a behind one, so the
/// bracketed total must be six times the goals plus the behinds. The brackets are left to be read as pauses.
/// </summary>
internal sealed class FootyScorePass(INumberWords numbers) : TokenPass
{
    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } score || score.Text.Split('.') is not [var goalText, var behindText]
            || goalText.Length is < 1 or > 2 || behindText.Length is < 1 or > 2 || !NumberText.IsPlain(goalText) || !NumberText.IsPlain(behindText)
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "(", SpaceBefore: true }
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
}
