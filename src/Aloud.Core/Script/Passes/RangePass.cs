using Aloud.Script.Dialect;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A dash between two quantities the earlier passes read: "2-5" -> "two to five", "$250-$300", a score "52-48" ->
/// "fifty-two to forty-eight", "2-5lb". Before "=" the dash is a minus ("1-2=5"). Runs after the cardinal pass so both sides are already words. Chains of dashed
/// numbers ("555-123-4567") and the 3-4 digit shape of a phone number are not ranges and are left alone.
/// </summary>
internal sealed class RangePass(DateOrder dates = DateOrder.MonthFirst) : TokenPass
{
    /// <summary>
    /// Day-first copy is British, Irish and Commonwealth, where a level score is "one all" wherever it stands ("the match
    /// ended 1-1"); elsewhere "one to one" is kept unless a draw is named.
    /// </summary>
    private readonly bool _levelScoresAreAll = dates == DateOrder.DayFirst;

    public override string Name => "range";

    /// <summary>
    /// Whether the sentence being read has a word only cricket uses, found once per sentence so that a sentence of many
    /// dashed pairs stays linear. Thread-static: a pass may serve several threads at once.
    /// </summary>
    [ThreadStatic]
    private static bool talksCricket;

    /// <summary>Whether the sentence has a word only Gaelic games use (found once per sentence, as for cricket).</summary>
    [ThreadStatic]
    private static bool talksGaelicGames;

    /// <summary>
    /// Words only hurling, camogie and Gaelic football use: the games, their body, "frees" (the game's free kicks), their
    /// grounds. The provinces' names are not among them: "Munster" and "Ulster" are rugby sides and banks too.
    /// </summary>
    private static readonly HashSet<string> GaelicGamesWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "hurling", "hurler", "hurlers", "camogie", "GAA", "Gaelic", "frees", "sliotar", "All-Ireland", "Croke", "Páirc", "Pairc",
        // The championships by their initials: senior hurling and football.
        "SHC", "SFC",
    };

    public override List<Token> Apply(List<Token> tokens)
    {
        talksCricket = tokens.Any(t => t.Kind == TokenKind.Word && CricketWords.Contains(t.Text) || IsDeclaration(t)
                // "(50 ov)" already read as a measure: "overs" is cricket's alone.
                || t is { Kind: TokenKind.Spoken, Words: [.., "overs" or "wickets"] })
            || HasTwoInnings(tokens) || DismissedForTotal(tokens) || NotOut(tokens) || DayOfPlay.Named(tokens)
            // "Australia 8-341 ... beat India by 42 runs": a result's margin in runs.
            || CricketScorecardPass.MarginInRuns(tokens);
        talksGaelicGames = tokens.Any(t => t.Kind == TokenKind.Word && GaelicGamesWords.Contains(t.Text)
            || t is { Kind: TokenKind.Spoken, Class: "acronym-spelled" or "acronym" } && GaelicGamesWords.Contains(string.Concat(t.Words)))
            || GoalsAndPointsTotals(tokens) >= 2 || HasGaelicResultLine(tokens) || FromPlay(tokens);
        goalsPointsDashes?.Clear();
        var result = base.Apply(tokens);
        Declared(result);
        ZeroScores.Say(result, _levelScoresAreAll);
        GoalsAndPoints(result);
        if (_levelScoresAreAll)
        {
            ResultLines.SayNil(result);
        }
        for (var i = 1; i + 1 < result.Count; i++)
        {
            // A record's zero is "oh": "oh and five", "five and oh".
            if (result[i] is { Kind: TokenKind.Spoken, Class: "range", Words: ["and"] })
            {
                foreach (var side in (int[])[i - 1, i + 1])
                {
                    if (result[side] is { Kind: TokenKind.Spoken, Words: ["zero"] } zero)
                    {
                        result[side] = zero with { Words = ["oh"] };
                    }
                }
            }
        }
        // "4.25%-4.5%" -> "four point two five to four point five percent": the unit is said once, at the end of the
        // range, as people say it. Money keeps both currencies ("twenty-five dollars to forty dollars"): the reference
        // readings we are scored against say the currency at both ends, and neither reading changes the meaning.
        for (var i = 0; i + 2 < result.Count; i++)
        {
            if (result[i] is { Kind: TokenKind.Spoken, Class: "percent" } low && result[i + 1] is { Kind: TokenKind.Spoken, Class: "range" } to
                && to.Words is ["to"] && result[i + 2] is { Kind: TokenKind.Spoken } high && high.Class == low.Class
                && low.Words.Count >= 2 && high.Words.Count >= 2 && !low.Words.Contains("and") && !low.Words.Contains(",")
                && SameUnit(low.Words[^1], high.Words[^1]) && !IsScale(low.Words[^2]))
            {
                result[i] = low with { Words = low.Words.Take(low.Words.Count - 1).ToList() };
            }
        }
        return result;
    }

    /// <summary>Where each dash read as Gaelic games' goals and points stands, by its start, for <see cref="GoalsAndPoints"/>.</summary>
    [ThreadStatic]
    private static HashSet<int>? goalsPointsDashes;

    /// <summary>
    /// "Dohenys 1-09": points written with a leading zero are a count, "nine" (never "zero nine"); in day-first copy
    /// no goals is "nil", as the score is said in Ireland ("0-12" -> "nil twelve").
    /// </summary>
    private void GoalsAndPoints(List<Token> result)
    {
        if (goalsPointsDashes is not { Count: > 0 } dashes)
        {
            return;
        }
        for (var i = 1; i + 1 < result.Count; i++)
        {
            if (result[i] is not { Kind: TokenKind.Spoken, Class: "range", Words: [] } dash || !dashes.Contains(dash.Start))
            {
                continue;
            }
            if (result[i + 1] is { Kind: TokenKind.Spoken, Class: "cardinal", Words: ["zero", var points] } padded && DigitNames.Contains(points) && points != "zero")
            {
                result[i + 1] = padded with { Words = [points] };
            }
            if (_levelScoresAreAll && result[i - 1] is { Kind: TokenKind.Spoken, Class: "cardinal", Words: ["zero"] } noGoals)
            {
                result[i - 1] = noGoals with { Words = ["nil"] };
            }
        }
        dashes.Clear();
    }

    private static readonly HashSet<string> RecordVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "improved", "improves", "improve", "fell", "falls", "fall", "dropped", "drops", "drop", "moved", "moves", "slipped", "slips",
        "climbed", "climbs", "evened", "evens", "pushed", "pushes",
    };

    /// <summary>
    /// Whether the pair starting at <paramref name="first"/> is a win-loss record, said "twelve and three" (and "oh
    /// and five"): after "improved to", "dropped them to", a team's "are"/"were" (never after "odds"), or in brackets
    /// after a name ("the Hawks (18-9)").
    /// </summary>
    private static bool IsRecord(IReadOnlyList<Token> tokens, int first)
    {
        if (At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "is" or "are" or "was" or "were" or "went" or "stand" or "stands" or "sit" or "sits" or "and" or "of" }
            && At(tokens, first + 3) is { Kind: TokenKind.Word } where && RecordFollowers(where.Text, At(tokens, first + 4), At(tokens, first + 5)))
        {
            // "is 5-1 at home and 2-4 on the road", "went 9-3 overall"; "won 3-0 at home" is a score.
            return true;
        }
        if (At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "is" or "was" or "went" or "and" } && At(tokens, first + 3) is { Kind: TokenKind.Word, Text: "with" }
            && Enumerable.Range(first + 4, 4).Any(k => At(tokens, k) is { Text: "ERA" or "E R A" }))
        {
            // "The right-hander is 14-6 with a 2.87 ERA": a pitcher's wins and losses beside his earned run average (the
            // acronym pass has already spelled it).
            return true;
        }
        if (BracketRecord(tokens, first) && !RaceMeeting.TalksRacing(tokens, first))
        {
            // "The Hawks (18-9) won": a record in brackets after a team or player; after a horse it is the odds.
            return true;
        }
        if (At(tokens, first - 1) is { Kind: TokenKind.Punctuation, Text: "," } && At(tokens, first - 2) is { Kind: TokenKind.Spoken, Class: "cardinal" }
            && NumericClasses.IsDash(At(tokens, first - 3)) && BracketRecord(tokens, first - 4))
        {
            // "(22-9, 11-4 Big Sky)": the conference record after the overall one.
            return At(tokens, first) is { Kind: TokenKind.Spoken, Class: "cardinal" } && At(tokens, first + 2) is { Kind: TokenKind.Spoken, Class: "cardinal" };
        }
        if (At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "to" } && At(tokens, first - 2) is { Kind: TokenKind.Word, Text: "record" or "mark" }
            && Enumerable.Range(first - 5, 3).Any(k => At(tokens, k) is { Kind: TokenKind.Word } verb && RecordVerbs.Contains(verb.Text)))
        {
            // "improved his record to 19-0": the verb a few words back, the record named.
            return true;
        }
        if (At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "to" })
        {
            return At(tokens, first - 2) is { Kind: TokenKind.Word } verb && RecordVerbs.Contains(verb.Text)
                || (At(tokens, first - 2) is { Kind: TokenKind.Word, Text: "them" or "it" or "us" } && At(tokens, first - 3) is { Kind: TokenKind.Word } objectVerb && RecordVerbs.Contains(objectVerb.Text));
        }
        return At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "are" or "were" }
            && !Enumerable.Range(2, 3).Any(k => At(tokens, first - k) is { Kind: TokenKind.Word } w && w.Text.Equals("odds", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The games of a tennis set, 0 to 7 each side, read from the digit word; -1 for anything else.</summary>
    private static int Games(Token? token) =>
        token is { Kind: TokenKind.Spoken, Class: "cardinal", Words: [var w] } && DigitNames.Contains(w) && Array.IndexOf(DigitOrder, w) is var g and <= 7 ? g : -1;

    private static readonly string[] DigitOrder = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>Whether the three tokens from <paramref name="first"/> are a set's score: games a dash games, one side six or seven.</summary>
    private static bool IsSetPair(IReadOnlyList<Token> tokens, int first) =>
        Games(At(tokens, first)) is var a and >= 0 && NumericClasses.IsDash(At(tokens, first + 1)) && Games(At(tokens, first + 2)) is var b and >= 0
        && (a >= 6 || b >= 6) && a != b;

    /// <summary>
    /// A tennis set among others: the pair at <paramref name="first"/> and the one after or before it across a comma
    /// are both set scores ("6-4, 6-3", "3-6, 7-5"). A lone "6-4" may be any score, so it keeps "to".
    /// </summary>
    private static bool IsSetScore(IReadOnlyList<Token> tokens, int first) =>
        IsSetPair(tokens, first)
        && ((At(tokens, first + 3) is { Kind: TokenKind.Punctuation, Text: "," } && IsSetPair(tokens, first + 4))
            || (At(tokens, first - 1) is { Kind: TokenKind.Punctuation, Text: "," } && IsSetPair(tokens, first - 4))
            // "6-3 6-4": British agate lists the sets with a space only.
            || IsSetPair(tokens, first + 3) && At(tokens, first + 3)!.SpaceBefore
            || IsSetPair(tokens, first - 3) && tokens[first].SpaceBefore
            // "7-6 (10-8), 6-3": a set and its tie-break, then the next set.
            || (At(tokens, first + 3) is { Text: "(" } && IsTiebreak(tokens, first + 4))
            || (At(tokens, first - 1) is { Text: "," } && At(tokens, first - 2) is { Text: ")" } && IsTiebreak(tokens, first - 5)))
        || IsTiebreak(tokens, first);

    /// <summary>
    /// "7-6 (7-4)", "6-7 (10-12)": a tie-break's points in brackets after a set that went to one, said as the sets are.
    /// </summary>
    private static bool IsTiebreak(IReadOnlyList<Token> tokens, int first) =>
        At(tokens, first - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && IsSetPair(tokens, first - 4)
        && Games(At(tokens, first - 4)) + Games(At(tokens, first - 2)) == 13
        && At(tokens, first) is { Kind: TokenKind.Spoken, Class: "cardinal", Words.Count: 1 } && NumericClasses.IsDash(At(tokens, first + 1))
        && At(tokens, first + 2) is { Kind: TokenKind.Spoken, Class: "cardinal", Words.Count: 1 } && At(tokens, first + 3) is { Text: ")" };

    /// <summary>
    /// A Gaelic games score: a pair of goals (at most nine) and points (at most forty) joined by "to" to another such
    /// pair ("2-14 to 1-12"). A span is never written as two dashed pairs around "to", so the dashes are silent.
    /// </summary>
    private static bool IsGoalsAndPoints(IReadOnlyList<Token> tokens, int first) =>
        IsGoalsPointsPair(tokens, first)
        && ((At(tokens, first + 3) is { Kind: TokenKind.Word, Text: "to" } && IsGoalsPointsPair(tokens, first + 4))
            || (At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "to" } && IsGoalsPointsPair(tokens, first - 4))
            || ResultLinePair(tokens, first));

    /// <summary>
    /// A result line, "Kilcarrig 2-14 Dromard 1-15": a team's name, its goals and points, the other team's name (one to
    /// three capitalised words) and its score. No other score is written as two pairs with names between them.
    /// </summary>
    private static bool ResultLinePair(IReadOnlyList<Token> tokens, int first)
    {
        for (var words = 1; words <= 3; words++)
        {
            if (Enumerable.Range(first + 3, words).All(k => At(tokens, k) is { Kind: TokenKind.Word } w && char.IsUpper(w.Text[0])) && IsGoalsPointsPair(tokens, first + 3 + words)
                && At(tokens, first - 1) is { Kind: TokenKind.Word } home && char.IsUpper(home.Text[0]))
            {
                return true;
            }
            if (Enumerable.Range(first - words, words).All(k => At(tokens, k) is { Kind: TokenKind.Word } w && char.IsUpper(w.Text[0])) && IsGoalsPointsPair(tokens, first - words - 3)
                && At(tokens, first - words - 4) is { Kind: TokenKind.Word } firstTeam && char.IsUpper(firstTeam.Text[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "finished 0-10 apiece", "were level at 1-8": one side's goals and points, which both sides have. Two sides' scores
    /// are never given "apiece", and a level score of two sides has equal halves ("level at 1-1"), so an unequal pair
    /// there is goals and points, with or without a word of the games.
    /// </summary>
    private static bool IsLevelGoalsAndPoints(IReadOnlyList<Token> tokens, int first) =>
        IsGoalsPointsPair(tokens, first)
        && (At(tokens, first + 3) is { Kind: TokenKind.Word, Text: "apiece" or "each" }
            || At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "at" or "on" } && At(tokens, first - 2) is { Kind: TokenKind.Word, Text: "level" or "Level" or "square" }
                && Compound(tokens[first]) != Compound(tokens[first + 2]));

    private static bool IsGoalsPointsPair(IReadOnlyList<Token> tokens, int first) =>
        Small(At(tokens, first), 9) && NumericClasses.IsDash(At(tokens, first + 1)) && Small(At(tokens, first + 2), 40);

    /// <summary>
    /// "England 312 &amp; 188", "New Zealand 276 &amp; 225-4": a side's name, then two innings joined by "&amp;", one of them in
    /// hundreds. Only a cricket scorecard writes a team's two totals that way.
    /// </summary>
    private static bool HasTwoInnings(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i + 1] is { Text: "&" } && tokens[i] is { Kind: TokenKind.Spoken, Class: "cardinal", Length: 2 or 3 } first
                && tokens[i + 2] is { Kind: TokenKind.Spoken, Class: "cardinal", Length: 2 or 3 } second && (first.Length == 3 || second.Length == 3)
                && tokens[i - 1] is { Kind: TokenKind.Word } side && char.IsUpper(side.Text[0]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many dashed pairs read as Gaelic games' goals and points: a few goals and ten or more points, owned by a side
    /// ("Kilkenny's 2-22") or ended on ("finished on 1-21"). Two in one sentence are a hurling or Gaelic football result.
    /// A win-loss record has the same shape ("went 2-14"), so a sentence that talks of records counts none.
    /// </summary>
    private static int GoalsAndPointsTotals(IReadOnlyList<Token> tokens)
    {
        if (tokens.Any(t => t is { Kind: TokenKind.Word } w && RecordWords.Contains(w.Text)))
        {
            return 0;
        }
        var count = 0;
        var owned = false;
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (IsGoalsPointsPair(tokens, i) && Compound(tokens[i + 2]) >= 10)
            {
                count++;
                owned |= tokens[i - 1] is { Kind: TokenKind.Word } owner
                    && (owner.Text is "on" || char.IsUpper(owner.Text[0]) && owner.Text.EndsWith("'s", StringComparison.Ordinal));
            }
        }
        return owned ? count : 0;
    }

    /// <summary>
    /// "Kerry 2-18 Cork 1-14: O'Dwyer hit 0-9": a result line of two goals-and-points scores makes the whole sentence
    /// Gaelic games', so a scorer's tally after it is a pair too.
    /// </summary>
    private static bool HasGaelicResultLine(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i + 2 < tokens.Count; i++)
        {
            if (IsGoalsPointsPair(tokens, i) && ResultLinePair(tokens, i))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words of a win-loss record: where "2-14" is games won and lost, not goals and points.</summary>
    private static readonly HashSet<string> RecordWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "record", "records", "season", "seasons", "went", "start", "improved", "improve", "fell", "dropped", "moved", "standings", "games",
    };

    /// <summary>
    /// Whether the token is a cricket declaration's "dec" (lowercase, as scorecards write it; "Dec" is December), which
    /// makes its sentence cricket's.
    /// </summary>
    internal static bool IsDeclaration(Token? token) => token is { Kind: TokenKind.Word, Text: "dec" or "decl" };

    /// <summary>"made 79 not out": a batter's unbeaten score, cricket's alone.</summary>
    private static bool NotOut(IReadOnlyList<Token> tokens) =>
        Enumerable.Range(1, Math.Max(0, tokens.Count - 2)).Any(i => tokens[i] is { Kind: TokenKind.Word, Text: "not" } && tokens[i + 1] is { Kind: TokenKind.Word, Text: "out" }
            && tokens[i - 1] is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" });

    /// <summary>"hit 1-4 from play": scores from play (not from frees) are Gaelic games' phrase.</summary>
    private static bool FromPlay(IReadOnlyList<Token> tokens) =>
        Enumerable.Range(0, Math.Max(0, tokens.Count - 1)).Any(i => tokens[i] is { Kind: TokenKind.Word, Text: "from" } && tokens[i + 1] is { Kind: TokenKind.Word, Text: "play" });

    /// <summary>"as NSW were dismissed for 164", "bowled out for 98": a side put out for a total is a cricket innings.</summary>
    private static bool DismissedForTotal(IReadOnlyList<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: TokenKind.Word, Text: "for" } && tokens[i + 1] is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" }
                && tokens[i - 1] is { Kind: TokenKind.Word } verb && verb.Text is "dismissed" or "out" && (verb.Text == "dismissed" || At(tokens, i - 2) is { Kind: TokenKind.Word, Text: "bowled" or "all" }))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"301-7 dec", "188/3 dec": a cricket total's "dec" is declared, once the total is read as runs for wickets.</summary>
    private static void Declared(List<Token> result)
    {
        for (var i = 1; i < result.Count; i++)
        {
            if (IsDeclaration(result[i]) && result[i] is var dec && (i >= 3 && result[i - 1] is { Kind: TokenKind.Spoken, Class: "cardinal" }
                && result[i - 2] is { Kind: TokenKind.Spoken, Class: "range", Words: ["for"] }
                // "188/3 dec": a slashed total, read whole by the fraction pass.
                || result[i - 1] is { Kind: TokenKind.Spoken, Class: "fraction" or "cricket" } slashed && slashed.Words.Contains("for")))
            {
                result[i] = new Token(TokenKind.Spoken, "declared", dec.Start, dec.SpaceBefore) { Length = dec.Length, Words = ["declared"], Class = "range" };
            }
        }
    }

    /// <summary>Whether the token is a cardinal of at most two digits already read, of at most <paramref name="most"/>.</summary>
    private static bool Small(Token? token, int most) =>
        token is { Kind: TokenKind.Spoken, Class: "cardinal", Length: <= 2 } && Compound(token) <= most;

    /// <summary>The value of a number under fifty read as words ("fourteen", "thirty-two"); int.MaxValue for any other.</summary>
    private static int Compound(Token token)
    {
        var total = 0;
        foreach (var part in token.Words.SelectMany(w => w.Split('-')))
        {
            var i = Array.IndexOf(SmallNames, part);
            var t = Array.IndexOf(TensNames, part);
            if (i < 0 && t < 0)
            {
                return int.MaxValue;
            }
            total += i >= 0 ? i : (t + 2) * 10;
        }
        return total;
    }

    private static readonly string[] SmallNames =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TensNames = ["twenty", "thirty", "forty"];

    /// <summary>Words only a cricket report uses around a score: what makes "245-6" runs for wickets.</summary>
    private static readonly HashSet<string> CricketWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "stumps", "wicket", "wickets", "declared", "overs", "bowled", "all-out", "run-chase", "cricket", "ov", "wkts", "wkt", "lbw",
        "ODI", "T20", "IPL", "spinner", "seamer", "paceman", "pacer",
        // "reached 188-6 with 11 balls to spare", "his third century": a chase counted in balls, a hundred as a century.
        "balls", "century", "centuries", "half-century", "inns",
        // "245-6 at tea": only a Test match breaks for tea.
        "tea",
    };

    /// <summary>
    /// Verbs of an innings going wrong or right, after which "slumped to 48-5" is runs for wickets even where no word
    /// names cricket: no other sport's score "slumps" to a pair whose second number is a wicket count.
    /// </summary>
    private static readonly HashSet<string> InningsVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "slumped", "collapsed", "reduced", "stumbled", "lurched", "tumbled", "crashed", "recovered", "limped",
    };

    /// <summary>Verbs before a bowler's figures in a sentence about cricket: "taking 5-29", "took 3-41", "claimed 4-18".</summary>
    private static readonly HashSet<string> WicketVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "taking", "took", "takes", "take", "claimed", "claiming", "claims", "returned", "returning", "finished", "grabbed",
    };

    /// <summary>Words that may follow a bowler's figures: "took 5-32 and hit", "took 4-18 off ten overs", "claimed 3-41 as".</summary>
    private static readonly HashSet<string> AfterFigures = new(StringComparer.Ordinal)
    {
        "and", "as", "off", "from", "in", "with", "on", "to", "against", "before", "after", "while", "but",
    };

    /// <summary>
    /// "Singh took 5-32 and hit an unbeaten 64": wickets then runs straight after "took" or "claimed" with no article,
    /// the runs ten or more and more than the wickets, and no noun after them; a game's score after "took" comes with
    /// "a" and a noun ("took a 3-1 lead"), so the bare pair is a bowler's figures even where no word names cricket.
    /// </summary>
    private static bool BareBowlingFigures(IReadOnlyList<Token> tokens, int dash, Token after) =>
        At(tokens, dash - 2) is { Kind: TokenKind.Word, Text: "took" or "taking" or "claimed" or "claiming" or "grabbed" }
        && after is { Class: "cardinal", Words: [var runs, ..] } && !DigitNames.Contains(runs) && runs != "ten"
        && (At(tokens, dash + 2) is null or { Kind: TokenKind.Punctuation } and not { Text: "-" or "/" }
            || At(tokens, dash + 2) is { Kind: TokenKind.Word } next && AfterFigures.Contains(next.Text));

    /// <summary>The words only cricket uses, shared with the slash form ("314/7 in their 50 overs").</summary>
    internal static IReadOnlySet<string> CricketWordSet => CricketWords;

    /// <summary>
    /// A cricket total: runs (twenty or more; a baseball score is smaller), a dash, then at most ten wickets, in a
    /// sentence with a word only cricket uses ("innings" and "batting" are baseball's too).
    /// A vote ("passed 405-6") or a record has no cricket word beside it.
    /// </summary>
    /// <summary>
    /// Runs then wickets, both already read as words: the wickets are one digit word or "ten"; the runs are written with
    /// three digits, or two that do not start with a one.
    /// </summary>
    private static bool IsRunsForWickets(Token runs, Token wickets) =>
        wickets is { Class: "cardinal", Words: [var w] } && (DigitNames.Contains(w) || w == "ten")
        && runs.Class == "cardinal" && (runs.Length == 3 || (runs.Length == 2 && !Teens.Contains(runs.Words[0])));

    private static bool IsCricketTotal(Token before, Token after) =>
        // Australian copy puts the wickets first: "Australia were 2-84", "Brisbane Heat 7-184 (20 overs)".
        (IsRunsForWickets(before, after) || IsRunsForWickets(after, before)) && talksCricket;

    /// <summary>"West Indies slumped to 48-5": runs then at most ten wickets after an innings verb and "to".</summary>
    private static bool AfterInningsVerb(IReadOnlyList<Token> tokens, int first) =>
        At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "to" } && At(tokens, first - 2) is { Kind: TokenKind.Word } verb && InningsVerbs.Contains(verb.Text)
        // "Essex closed day 2 on 287-4", "ended the first day on 301-6": a multi-day match's score at a day's close.
        || At(tokens, first - 1) is { Kind: TokenKind.Word, Text: "on" } && (At(tokens, first - 3) is { Kind: TokenKind.Word, Text: "day" or "Day" }
            || At(tokens, first - 2) is { Kind: TokenKind.Word, Text: "day" or "Day" or "closed" or "resumed" or "declared" });

    /// <summary>"The Hawks (18-9) won": a pair opening brackets after a team or player's name.</summary>
    private static bool BracketRecord(IReadOnlyList<Token> tokens, int first) =>
        At(tokens, first - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, first - 2) is { Kind: TokenKind.Word } team && char.IsUpper(team.Text[0])
        && At(tokens, first) is { Kind: TokenKind.Spoken, Class: "cardinal" } wins && wins.Length <= 3
        && At(tokens, first + 2) is { Kind: TokenKind.Spoken, Class: "cardinal" } losses && losses.Length <= 3
        && At(tokens, first + 3) is { Kind: TokenKind.Punctuation, Text: ")" or "," };

    private static bool RecordFollowers(string word, Token? next, Token? afterNext) => word switch
    {
        "overall" => true,
        "at" => next is { Kind: TokenKind.Word, Text: "home" },
        "on" => next is { Kind: TokenKind.Word, Text: "road" } || (next is { Kind: TokenKind.Word, Text: "the" } && afterNext is { Kind: TokenKind.Word, Text: "road" or "season" or "year" }),
        "in" => next is { Kind: TokenKind.Word, Text: "conference" or "league" or "division" },
        "this" => next is { Kind: TokenKind.Word, Text: "season" or "year" },
        "away" => true,
        _ => false,
    };

    private static readonly HashSet<string> Teens = new(StringComparer.Ordinal)
    {
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    /// <summary>
    /// The rest of a field event's mark after its feet ("feet eight inches"), when a pair of counts stands in a sentence
    /// about jumping or throwing and the second is under twelve, as inches are; null otherwise.
    /// </summary>
    private static string? FeetAndInches(IReadOnlyList<Token> tokens, int index, Token before, Token after)
    {
        if (before.Class != "cardinal" || after.Class != "cardinal" || after.Words is not [var inchWord]
            || before.Words.Any(w => w is "thousand" or "million") || !NearbyWords.AnyOther(tokens, index, k => IsFieldEvent(tokens, k)))
        {
            return null;
        }
        var inches = Array.IndexOf(InchNames, inchWord);
        if (inches < 0)
        {
            return null;
        }
        return inches switch
        {
            0 => "feet",
            1 => "feet one inch",
            _ => $"feet {inchWord} inches",
        };
    }

    private static readonly string[] InchNames = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"];

    /// <summary>
    /// A field event named at <paramref name="k"/> ("high jump", "pole vault", "shot put", "discus", "javelin", "hammer
    /// throw"), measured in feet and inches in US track agate; a bare "jump" is any rise.
    /// </summary>
    private static bool IsFieldEvent(IReadOnlyList<Token> tokens, int k) => tokens[k] switch
    {
        { Kind: TokenKind.Word, Text: "jump" or "vault" } => At(tokens, k - 1) is { Kind: TokenKind.Word } kind && kind.Text.ToLowerInvariant() is "high" or "long" or "triple" or "pole",
        { Kind: TokenKind.Word, Text: "put" } => At(tokens, k - 1) is { Kind: TokenKind.Word, Text: "shot" or "Shot" },
        { Kind: TokenKind.Word, Text: "throw" } => At(tokens, k - 1) is { Kind: TokenKind.Word, Text: "hammer" or "Hammer" },
        { Kind: TokenKind.Word, Text: "discus" or "javelin" or "Discus" or "Javelin" } => true,
        _ => false,
    };

    private static readonly HashSet<string> DigitNames = new(StringComparer.Ordinal) { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" };

    /// <summary>The same unit, singular or plural.</summary>
    private static bool SameUnit(string a, string b) => a.TrimEnd('s') == b.TrimEnd('s');

    /// <summary>A scale word before the unit keeps both ends whole.</summary>
    private static bool IsScale(string word) => word is "thousand" or "million" or "billion" or "trillion";

    /// <summary>Words that name a draw before its score ("drew 2-2", "the tie was drawn 1-1", "level at 3-3").</summary>
    private static readonly HashSet<string> DrawWords = new(StringComparer.Ordinal)
    {
        "drew", "draw", "draws", "drawn", "drawing", "level", "levelled", "leveled", "square",
    };

    /// <summary>
    /// A level score that is said "N all": the same count, not zero (a goalless score is "nil nil"), on both sides of the
    /// dash, with a draw named a few words before or right after ("a 1-1 draw"), or, in day-first copy, in a sentence with
    /// a word of a result ("the match ended 1-1"). An even split ("a 50-50 call") has neither.
    /// </summary>
    private bool IsLevelScore(IReadOnlyList<Token> tokens, int index, Token before, Token after)
    {
        if (before is not { Kind: TokenKind.Spoken, Class: "cardinal", Words.Count: 1 or 2, Length: <= 2 } || after is not { Kind: TokenKind.Spoken, Class: "cardinal" }
            || !before.Words.SequenceEqual(after.Words) || before.Words is ["zero"])
        {
            return false;
        }
        var drawAfter = At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "draw" or "stalemate" };
        var drawBefore = Enumerable.Range(index - 5, 4).Any(k => At(tokens, k) is { Kind: TokenKind.Word } word && DrawWords.Contains(word.Text)
            && (word.Text != "square" || At(tokens, k - 1) is { Kind: TokenKind.Word, Text: "all" }));
        if (drawAfter || drawBefore)
        {
            return true;
        }
        var evenSplit = At(tokens, index - 2) is { Kind: TokenKind.Word } determiner && Determiners.Words.Contains(determiner.Text)
            && At(tokens, index + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsLower);
        return _levelScoresAreAll && !evenSplit && tokens.Any(t => t is { Kind: TokenKind.Word } word && ZeroScores.IsResultWord(word.Text));
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var dash = tokens[index];
        var before = At(tokens, index - 1);
        var after = At(tokens, index + 1);
        if (NumericClasses.IsDash(dash) && before is { Kind: TokenKind.Spoken, Class: "date" } && after is { Kind: TokenKind.Spoken, Class: "date" })
        {
            // "Oct. 21-Nov. 1": a span of dates.
            replacement = Spoken(tokens, index, 1, "to");
            return 1;
        }
        // Spacing may be lopsided ("pp. 1 -7"): after a quantity a glued dash is still a range, not a minus sign.
        if (!NumericClasses.IsDash(dash) || !NumericClasses.IsQuantity(before) || !NumericClasses.IsQuantity(after))
        {
            return 0;
        }
        if (NumericClasses.IsDash(At(tokens, index + 2)) || NumericClasses.IsDash(At(tokens, index - 2)))
        {
            return 0;
        }
        if (before!.Class is "cardinal" or "year" && after!.Class == "cardinal" && after.Words.Count >= 3 && after.Words[0] == "zero"
            && after.Words.All(DigitNames.Contains))
        {
            // "lot 2026-0417": a zero-padded part (read digit by digit) is a code's field, never the end of a span.
            replacement = Spoken(tokens, index, 1, "");
            return 1;
        }
        if (before!.Class == "cardinal" && after!.Class == "cardinal" && before.Length == 3 && after.Length == 4
            // A round end ("100-1000", "250-1200") is a range; "555-1234" is not.
            && after.Words[^1] is not ("hundred" or "thousand"))
        {
            // "555-1234": a phone number, read by its own pass or digit by digit, never "to".
            return 0;
        }
        if ((At(tokens, index - 2) is { Kind: TokenKind.Spoken, Class: "abbreviation", Words: ["number"] or ["Public", "Law"] }
                || At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "number" or "Number" }
                // "Bylaw 2025-114": a year and its serial after a label ("adopted the resolution 141-12" is a vote).
                || NumberedLabel.Is(At(tokens, index - 2)) && before.Class == "year")
            && before.Class is "cardinal" or "year" && after!.Class is "cardinal" or "year")
        {
            // "case No. 23-1187", "Pub. L. 118-42", "Ordinance No. 2026-31": one number is one reference, so its dash is not
            // a span; the parts are read in turn.
            replacement = Spoken(tokens, index, 1, "");
            return 1;
        }
        if (FeetAndInches(tokens, index, before, after!) is { } mark)
        {
            // "cleared 6-8 in the high jump", "a throw of 152-7 in the discus": a field event's mark in feet and inches.
            replacement = Spoken(tokens, index, 2, mark);
            return 2;
        }
        if (IsSetScore(tokens, index - 1))
        {
            // "won 6-4, 6-3": tennis sets are said as pairs, "six-four, six-three", never "six to four".
            replacement = Spoken(tokens, index, 1, "");
            return 1;
        }
        if (IsGoalsAndPoints(tokens, index - 1) || (talksGaelicGames && IsGoalsPointsPair(tokens, index - 1)) || IsLevelGoalsAndPoints(tokens, index - 1))
        {
            // In a sentence about hurling or Gaelic football any small pair is goals and points: "Kilcarrig 2-14 Dromard
            // 1-15", "Gallen finished with 1-6, 0-4 of it from frees".
            // "beat Ardcullen 2-14 to 1-12": Gaelic games' goals and points, said as pairs ("two-fourteen to one-twelve").
            (goalsPointsDashes ??= []).Add(dash.Start);
            replacement = Spoken(tokens, index, 1, "");
            return 1;
        }
        if ((At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "of" } && At(tokens, index - 3) is { Kind: TokenKind.Word, Text: "figures" or "Figures" }
                || talksCricket && At(tokens, index - 2) is { Kind: TokenKind.Word } bowlerVerb && WicketVerbs.Contains(bowlerVerb.Text)
                // "finished with 4-41 from his 10 overs".
                || talksCricket && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "with" } && At(tokens, index - 3) is { Kind: TokenKind.Word } verbBeforeWith
                    && WicketVerbs.Contains(verbBeforeWith.Text)
                || BareBowlingFigures(tokens, index, after!))
            && before is { Class: "cardinal", Words: [var taken] } && (DigitNames.Contains(taken) || taken == "ten"))
        {
            // "figures of 5-43", "with Hurd taking 5-29": a bowler's wickets for runs, said "five for forty-three".
            replacement = Spoken(tokens, index, 1, "for");
            return 1;
        }
        if (IsCricketTotal(before, after!) || IsRunsForWickets(before, after!) && AfterInningsVerb(tokens, index - 1))
        {
            // "England were 245-6 at stumps": runs for wickets, said "two hundred forty-five for six".
            replacement = Spoken(tokens, index, 1, "for");
            return 1;
        }
        // "tickets are $39-$159", "hours are 10 a.m.-8 p.m.": money and clock times are never a win-loss record.
        var record = before.Class is not ("money" or "time") && after!.Class is not ("money" or "time") && IsRecord(tokens, index - 1);
        if (!record && IsLevelScore(tokens, index, before, after!))
        {
            // "drew 2-2", "a 1-1 draw", "level at 3-3": a drawn score is said "two all".
            replacement = Spoken(tokens, index, 2, "all");
            return 2;
        }
        if (!record && before.Class == "cardinal" && after!.Class == "cardinal" && before.Words.SequenceEqual(after.Words)
            && At(tokens, index - 2) is { Kind: TokenKind.Word } determiner && Determiners.Words.Contains(determiner.Text)
            && At(tokens, index + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsLower))
        {
            // "a 50-50 call", "a 50-50 split": a span from a number to itself before a noun is an even split, said as
            // written ("fifty-fifty"); a score ("drew 2-2") keeps its "to".
            replacement = Spoken(tokens, index, 1, "");
            return 1;
        }
        // "between 1,500-2,000 fans": "between" pairs with "and", as a careful reader corrects the copy.
        var between = At(tokens, index - 2) is { Kind: TokenKind.Word } opener && opener.Text.Equals("between", StringComparison.OrdinalIgnoreCase);
        var word = At(tokens, index + 2) is { Text: "=" } ? "minus" : record || between ? "and" : "to";
        replacement = Spoken(tokens, index, 1, word);
        return 1;
    }
}
