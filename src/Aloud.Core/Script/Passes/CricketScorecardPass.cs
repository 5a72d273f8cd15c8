using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A cricket scorecard's batting line, as a commentator reads it: "Patel c Rowe b Naidoo 44 (61b, 6x4, 1x6)" -> "Patel
/// caught Rowe bowled Naidoo forty-four, sixty-one balls, six fours, one six"; also "st" (stumped), "lbw b" and "c &amp;
/// b" (caught and bowled). The letters are read only in the dismissal's shape, a fielder's or bowler's capitalised
/// name after each, and the bracketed balls and boundaries only after such a line's runs. A team's total ("318-4") and a
/// not-out score ("141*") are read in a cricket line.
/// </summary>
internal sealed class CricketScorecardPass(INumberWords numbers) : TokenPass
{
    /// <summary>Whether the sentence being read is a cricket line, found once per sentence so the pass stays linear.</summary>
    [ThreadStatic]
    private static bool talksCricket;

    /// <summary>How far back a bracket of balls and boundaries may open: "(61b, 6x4, 1x6)" is a handful of tokens.</summary>
    private const int BracketReach = 12;

    public override string Name => "cricket";

    public override List<Token> Apply(List<Token> tokens)
    {
        talksCricket = TalksCricket(tokens);
        return base.Apply(tokens);
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token is { Kind: TokenKind.Word, Text: "c" or "st" } && IsName(At(tokens, index + 1)) && BowlerAfter(tokens, index + 2))
        {
            replacement = Spoken(tokens, index, 1, token.Text == "c" ? "caught" : "stumped");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "c" } && At(tokens, index + 1) is { Text: "&" } && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "b" }
            && IsName(At(tokens, index + 3)))
        {
            replacement = Spoken(tokens, index, 3, "caught and bowled");
            return 3;
        }
        if (token is { Kind: TokenKind.Word, Text: "b" } && IsName(At(tokens, index + 1)) && InDismissal(tokens, index))
        {
            replacement = Spoken(tokens, index, 1, "bowled");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "lbw" } && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "b" } && IsName(At(tokens, index + 2)))
        {
            replacement = Spoken(tokens, index, 2, "l b w , bowled");
            return 2;
        }
        if (token is { Kind: TokenKind.Number } summaryTotal && At(tokens, index + 1) is { Text: "(" } && OpensScorecardSummary(tokens, index + 1))
        {
            // "New Zealand 245 (Ferriday 87; Mokwena 4-52)": the team's all-out total is a count of runs, not a model's pair.
            replacement = Spoken(tokens, index, 1, numbers.Cardinal(int.Parse(summaryTotal.Text, CultureInfo.InvariantCulture)));
            return 1;
        }
        if (token is { Kind: TokenKind.Number } && BowlersFigures(tokens, index) is { } bowling)
        {
            replacement = Spoken(tokens, index, 3, bowling);
            return 3;
        }
        if (token is { Kind: TokenKind.Number } && InningsTotal(tokens, index) is { } total)
        {
            replacement = Spoken(tokens, index, 3, total);
            return 3;
        }
        if (token is { Kind: TokenKind.Number } notOut && NumberText.IsPlain(notOut.Text) && notOut.Text.Length <= 3 && At(tokens, index + 1) is { Text: "*", SpaceBefore: false }
            && IsName(At(tokens, index - 1)) && (talksCricket || InsideBracketAfterTotal(tokens, index)))
        {
            // "Varma 141*": a batter's score with the not-out star.
            replacement = Spoken(tokens, index, 2, $"{numbers.Cardinal(int.Parse(notOut.Text, CultureInfo.InvariantCulture))} not out");
            return 2;
        }
        if (token is { Kind: TokenKind.Number } && BallsAndBoundaries(tokens, index) is ({ } figures, var used))
        {
            replacement = Spoken(tokens, index, used, figures);
            return used;
        }
        return 0;
    }

    /// <summary>
    /// Whether the sentence is a cricket line: a word only cricket uses, a score with the not-out star, or a day's play
    /// named ("at the close of the first day").
    /// </summary>
    private static bool TalksCricket(IReadOnlyList<Token> tokens)
    {
        if (DayOfPlay.Named(tokens))
        {
            return true;
        }
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && RangePass.CricketWordSet.Contains(word.Text)
                || tokens[k] is { Kind: TokenKind.Number } && At(tokens, k + 1) is { Text: "*", SpaceBefore: false } && IsName(At(tokens, k - 1)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "India 318-4 (Varma 141*, Kohli 68)": a team's runs and wickets, "three hundred eighteen for four" ("all out" at ten),
    /// in a cricket line or before a bracket of batters' scores.
    /// </summary>
    private string? InningsTotal(IReadOnlyList<Token> tokens, int index)
    {
        // "Carrick 18-4-52-3": a bowler's figures are a longer dashed chain, not a total.
        if (tokens[index] is not { Kind: TokenKind.Number } runs || !NumberText.IsPlain(runs.Text) || runs.Text.Length is < 2 or > 3 || At(tokens, index - 1) is { Text: "-" }
            || At(tokens, index + 1) is not { Text: "-", SpaceBefore: false } || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } wickets
            || !NumberText.IsPlain(wickets.Text) || wickets.Text.Length > 2 || int.Parse(wickets.Text, CultureInfo.InvariantCulture) is var fallen && fallen > 10
            || At(tokens, index + 3) is { SpaceBefore: false, Kind: TokenKind.Number or TokenKind.Word or TokenKind.Punctuation } and not { Text: "," or "." or ";" or ")" })
        {
            return null;
        }
        var beforeBatters = At(tokens, index + 3) is { Text: "(" } && PlayerNameEnd(tokens, index + 4) is not null;
        if (!beforeBatters && !talksCricket)
        {
            return null;
        }
        var total = numbers.Cardinal(int.Parse(runs.Text, CultureInfo.InvariantCulture));
        return fallen == 10 ? $"{total} all out" : $"{total} for {numbers.Cardinal(fallen)}";
    }

    /// <summary>How far a scorecard summary's bracket reaches: a few batters and bowlers, with their initials.</summary>
    private const int SummaryReach = 48;

    /// <summary>
    /// Whether the "(" at <paramref name="open"/> opens a scorecard summary after a team's total: "New Zealand 245 (D.
    /// Ferriday 87, T. Halloran 41; K. Mokwena 4-52)". The total (twenty runs or more, or the total already read) follows
    /// a capitalised name, a player and a score open the bracket, and the sentence is about cricket or the bracket turns,
    /// after a semicolon, to a bowler's wickets and runs, as only a cricket summary does.
    /// </summary>
    private bool OpensScorecardSummary(IReadOnlyList<Token> tokens, int open)
    {
        var totalIsRuns = At(tokens, open - 1) is { Kind: TokenKind.Number } runs && NumberText.IsPlain(runs.Text) && runs.Text.Length is 2 or 3
                && int.Parse(runs.Text, CultureInfo.InvariantCulture) >= 20
            || At(tokens, open - 1) is { Kind: TokenKind.Spoken, Class: "cricket" };
        if (!totalIsRuns || At(tokens, open - 2) is not { Kind: TokenKind.Word } team || !char.IsUpper(team.Text[0])
            || PlayerNameEnd(tokens, open + 1) is not { } firstScore || At(tokens, firstScore) is not { Kind: TokenKind.Number })
        {
            return false;
        }
        if (talksCricket || MarginInRuns(tokens))
        {
            return true;
        }
        for (var k = open + 1; k < Math.Min(tokens.Count, open + SummaryReach); k++)
        {
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: ")" })
            {
                return false;
            }
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: ";" } && PlayerNameEnd(tokens, k + 1) is { } bowlerEnd && IsWicketsForRuns(tokens, bowlerEnd))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether "by N runs" ends at <paramref name="k"/>: the number a count or already read as one.</summary>
    internal static bool EndsMarginInRuns(IReadOnlyList<Token> tokens, int k) =>
        At(tokens, k) is { Kind: TokenKind.Word, Text: "runs" } && At(tokens, k - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" }
        && At(tokens, k - 2) is { Kind: TokenKind.Word, Text: "by" };

    /// <summary>
    /// "beat Canterbury by 14 runs", "lost by 62 runs": a result's margin in runs, which after a team's total of twenty
    /// or more and a bracket of players' scores is cricket's (a baseball side's total is smaller).
    /// </summary>
    internal static bool MarginInRuns(IReadOnlyList<Token> tokens)
    {
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (EndsMarginInRuns(tokens, k + 2)
                && Enumerable.Range(0, k).Any(j => tokens[j] is { Kind: TokenKind.Word } verb && ZeroScores.IsResultWord(verb.Text)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "K. Mokwena 4-52" inside a scorecard summary's bracket: a bowler's wickets (ten at most) for the runs conceded,
    /// "four for fifty-two".
    /// </summary>
    private string? BowlersFigures(IReadOnlyList<Token> tokens, int index)
    {
        if (!IsWicketsForRuns(tokens, index) || !IsName(At(tokens, index - 1)))
        {
            return null;
        }
        for (var k = index - 1; k >= Math.Max(0, index - SummaryReach); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: ")" })
            {
                return null;
            }
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: "(" })
            {
                if (!OpensScorecardSummary(tokens, k))
                {
                    return null;
                }
                var wickets = int.Parse(tokens[index].Text, CultureInfo.InvariantCulture);
                var conceded = int.Parse(tokens[index + 2].Text, CultureInfo.InvariantCulture);
                return $"{numbers.Cardinal(wickets)} for {numbers.Cardinal(conceded)}";
            }
        }
        return null;
    }

    /// <summary>"4-52": at most ten wickets, a glued dash, then the runs; no longer chain ("18-4-52-3" is a full analysis).</summary>
    private static bool IsWicketsForRuns(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Number } wickets && NumberText.IsPlain(wickets.Text) && wickets.Text.Length <= 2
        && int.Parse(wickets.Text, CultureInfo.InvariantCulture) <= 10
        && At(tokens, index + 1) is { Text: "-", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false } runs
        && NumberText.IsPlain(runs.Text) && runs.Text.Length <= 3 && At(tokens, index + 3) is not { Text: "-" } && At(tokens, index - 1) is not { Text: "-" };

    /// <summary>
    /// Where a player's name that starts at <paramref name="start"/> ends: initials with their dots ("D.", "A.B."), then
    /// one or two capitalised names. Null where no name starts there.
    /// </summary>
    private static int? PlayerNameEnd(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        while (At(tokens, k) is { Kind: TokenKind.Word } initial && initial.Text.Length == 1 && char.IsUpper(initial.Text[0]) && At(tokens, k + 1) is { Text: "." })
        {
            k += 2;
        }
        if (!IsName(At(tokens, k)))
        {
            return null;
        }
        return IsName(At(tokens, k + 1)) ? k + 2 : k + 1;
    }

    /// <summary>Whether the token sits inside the bracket after a team's total ("318-4 (Varma 141*").</summary>
    private static bool InsideBracketAfterTotal(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - BracketReach); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: ")" })
            {
                return false;
            }
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: "(" })
            {
                return At(tokens, k - 1) is { Kind: TokenKind.Number } && At(tokens, k - 2) is { Text: "-" };
            }
        }
        return false;
    }

    private static bool IsName(Token? token) =>
        token is { Kind: TokenKind.Word } name && name.Text.Length > 1 && char.IsUpper(name.Text[0]) && name.Text.Skip(1).Any(char.IsLower);

    /// <summary>"Rowe b Naidoo 44": after the fielder (one or two names), "b" and the bowler's name.</summary>
    private static bool BowlerAfter(IReadOnlyList<Token> tokens, int index)
    {
        var k = IsName(At(tokens, index)) ? index + 1 : index;
        return At(tokens, k) is { Kind: TokenKind.Word, Text: "b" } && IsName(At(tokens, k + 1));
    }

    /// <summary>Whether the "b" at <paramref name="index"/> ends a dismissal: after "c"/"st" and a fielder, or after a batter and before the runs.</summary>
    private static bool InDismissal(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 3); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word, Text: "c" or "st" } or { Kind: TokenKind.Spoken, Words: ["caught" or "stumped"] })
            {
                return true;
            }
        }
        // "Patel b Naidoo 44": bowled outright, the batter's name before and the runs after the bowler.
        var runsAt = IsName(At(tokens, index + 2)) ? index + 3 : index + 2;
        return IsName(At(tokens, index - 1)) && At(tokens, runsAt) is { Kind: TokenKind.Number } runs && NumberText.IsPlain(runs.Text.TrimEnd('*'));
    }

    /// <summary>
    /// Inside the brackets after a batting line's runs: "61b" -> "sixty-one balls", "6x4" -> "six fours", "1x6" -> "one six".
    /// </summary>
    private (string? Words, int Count) BallsAndBoundaries(IReadOnlyList<Token> tokens, int index)
    {
        if (!AfterBattingRuns(tokens, index))
        {
            return (null, 0);
        }
        var text = tokens[index].Text;
        if (text.EndsWith('b') && text[..^1] is { Length: >= 1 and <= 3 } balls && NumberText.IsPlain(balls))
        {
            var count = int.Parse(balls, CultureInfo.InvariantCulture);
            return ($"{numbers.Cardinal(count)} {(count == 1 ? "ball" : "balls")}", 1);
        }
        // "6x4" arrives as "6x" and a glued "4".
        if (text.EndsWith('x') && text[..^1] is { Length: >= 1 and <= 2 } times && NumberText.IsPlain(times)
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false, Text: "4" or "6" } boundary)
        {
            var count = int.Parse(times, CultureInfo.InvariantCulture);
            var word = boundary.Text == "4" ? (count == 1 ? "four" : "fours") : (count == 1 ? "six" : "sixes");
            return ($"{numbers.Cardinal(count)} {word}", 2);
        }
        return (null, 0);
    }

    /// <summary>Whether the bracket this token sits in follows a batting line's runs ("Naidoo 44 (").</summary>
    private static bool AfterBattingRuns(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - BracketReach); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: ")" })
            {
                return false;
            }
            if (tokens[k] is { Kind: TokenKind.Punctuation, Text: "(" })
            {
                return At(tokens, k - 1) is { Kind: TokenKind.Number or TokenKind.Spoken } && k >= 3
                    && (At(tokens, k - 2) is { Kind: TokenKind.Spoken, Words: ["bowled", ..] } || IsName(At(tokens, k - 2)) && At(tokens, k - 3) is { Kind: TokenKind.Spoken, Class: "cricket" } or { Kind: TokenKind.Word, Text: "b" });
            }
        }
        return false;
    }
}
