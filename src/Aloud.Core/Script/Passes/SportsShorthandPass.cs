using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The shorthand of sports results, read only where its place makes it certain: "3rd rd" (a cup's round, after its
/// ordinal), "(aet)" (after extra time, beside a score), "on pens" and "(4-3 pens)" (a shoot-out, after a score),
/// "hcp chase" (a handicap), "Root 72no" (a batter not out, after a name inside a cricket score), "11 rebs." (rebounds,
/// after a count) and "4-1 conf." (a record in conference, after the pair).
/// </summary>
internal sealed class SportsShorthandPass(INumberWords numbers) : TokenPass
{
    public override string Name => "abbreviation";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token is { Kind: TokenKind.Number } notOut && NumberText.Split(notOut.Text) is (var runs, "no") && NumberText.IsPlain(runs) && runs.Length <= 3
            && IsBattersLine(tokens, index))
        {
            // "(Root 72no, Pope 40)": a batter's unbeaten score.
            replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture))} not out");
            return 1;
        }
        if (token is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        var dotted = At(tokens, index + 1) is { Text: ".", SpaceBefore: false } && At(tokens, index + 2) is not null;
        var used = dotted ? 2 : 1;
        var afterCount = At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" };
        string? words = word.Text switch
        {
            // "FA Cup 3rd rd": a round counted by its ordinal ("Rd" after a number is a road).
            "rd" when At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" } => "round",
            // "2-1 (aet)", "won 3-2 aet": after extra time, beside a score or in its brackets.
            "aet" or "AET" when At(tokens, index - 1) is { Text: "(" } || afterCount => "after extra time",
            // "(4-3 pens)", "won 5-4 on pens": a penalty shoot-out after its score.
            "pens" when afterCount && NumericClasses.IsDash(At(tokens, index - 2)) => "penalties",
            "pens" when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "on" } && ScoreBefore(tokens, index - 1) => "penalties",
            // "the 3.10 hcp chase", "a 0-105 hcp hurdle": a handicap race, or a golfer's handicap.
            "hcp" or "Hcp" or "hcap" or "Hcap" => "handicap",
            // "11 pts, 9 rebs.": a basketball player's rebounds after their count.
            "rebs" or "reb" when afterCount => "rebounds",
            // "(6-2, 4-1 conf.)": a record within the conference, after the pair.
            "conf" when afterCount && NumericClasses.IsDash(At(tokens, index - 2)) && At(tokens, index + (dotted ? 2 : 1)) is null or { Kind: TokenKind.Punctuation } => "in conference",
            // "Root 72 no,": a batter's unbeaten score written apart.
            "no" when afterCount && IsBattersLine(tokens, index - 1) && !dotted => "not out",
            _ => null,
        };
        if (words is null)
        {
            return 0;
        }
        // "hcp." keeps a full stop that ends its sentence; the abbreviation's own stop goes with it.
        replacement = Spoken(tokens, index, used, words);
        return used;
    }

    /// <summary>"won 5-4 on pens": a score (a number) in the few tokens before "on".</summary>
    private static bool ScoreBefore(IReadOnlyList<Token> tokens, int on) =>
        Enumerable.Range(on - 3, 3).Any(k => At(tokens, k) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" })
        && Enumerable.Range(on - 4, 4).Any(k => NumericClasses.IsDash(At(tokens, k)));

    /// <summary>
    /// "(Root 72no, Pope 40)": the score at <paramref name="index"/> stands after a batter's capitalised name, ends its
    /// item (a comma, a bracket, a semicolon, the end), inside brackets after a total or in a sentence with a word only
    /// cricket uses.
    /// </summary>
    private static bool IsBattersLine(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
        {
            return false;
        }
        var end = At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "no" } ? index + 2 : index + 1;
        if (At(tokens, end) is not (null or { Kind: TokenKind.Punctuation, Text: "," or ")" or ";" or "." }))
        {
            return false;
        }
        var bracketed = Enumerable.Range(index - 6, 5).Any(k => At(tokens, k) is { Text: "(" });
        return bracketed || tokens.Any(t => t is { Kind: TokenKind.Word } w && RangePass.CricketWordSet.Contains(w.Text));
    }
}
