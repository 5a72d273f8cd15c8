using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// How a score's zero is said, once the range pass has read "2-0" as "two to zero". Nobody says "zero" in a result:
/// football and cricket say "nil", with the pair side by side ("won 2-0" -> "won two nil", "0-0" -> "nil nil"), and
/// North American sport says "nothing" ("beat the Jets 21-0 in the NFL opener" -> "twenty-one to nothing"). A result
/// with no word of either sport is football's, the game most results in the news are. A pair in a sentence with no word
/// of a result (a vote, "passed 13-0") keeps "to zero".
/// </summary>
internal static class ZeroScores
{
    /// <summary>Words of a result: a win, a loss, a lead or a draw.</summary>
    private static readonly HashSet<string> ResultWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "win", "wins", "winning", "beat", "beats", "beaten", "defeated", "defeat", "lead", "leads", "led", "victory", "victories", "draw",
        "drew", "drawn", "lost", "lose", "loses", "losing", "shutout", "blanked", "trail", "trailed", "trailing", "routed", "thrashed", "edged", "ended", "finished",
        // "scored twice before Brand made it 3-0": a scorer's line is a result in the making.
        "scored", "scores", "scoring", "equalised", "equalized", "levelled", "leveled",
    };

    /// <summary>Whether the word is one of a result: a win, a loss, a lead or a draw ("won", "ended", "drew").</summary>
    public static bool IsResultWord(string word) => ResultWords.Contains(word);

    /// <summary>Words of association football (and the "Test" series of cricket), whose zero is "nil".</summary>
    private static readonly HashSet<string> NilWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "goal", "goals", "goalkeeper", "keeper", "penalty", "penalties", "striker", "midfielder", "winger", "stoppage", "half-time", "nil",
        "FC", "Premiership", "Test", "wickets", "overs", "cricket", "football", "soccer", "rugby", "try", "tries", "equaliser", "equalizer", "hat-trick", "header", "minute",
        // Football's competitions and fixtures by name.
        "derby", "AFC", "FA", "FAI", "UEFA", "FIFA", "SPFL", "EFL", "Bundesliga", "LaLiga", "Eredivisie", "Ligue", "Serie",
        // A drawn game is a draw where "nil" is said; American sport calls it a tie.
        "draw", "draws", "drew", "drawn",
    };

    /// <summary>Words of North American sport, whose zero is "nothing" ("beat the Mets 3-0": "three to nothing").</summary>
    private static readonly HashSet<string> NothingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "baseball", "softball", "inning", "pitcher", "pitched", "homer", "homers", "homered", "RBI", "RBIs", "MLB", "NFL", "NBA", "NHL",
        "WNBA", "NCAA", "touchdown", "touchdowns", "quarterback", "hockey", "puck", "shutout", "volleyball", "swept", "sweep", "basketball",
        "lacrosse", "varsity",
        // Hockey's keeper has his own names: "Goalie Anders Bjorn made 38 saves in a 2-0 win".
        "goalie", "goaltender", "goaltenders", "netminder",
    };

    /// <summary>
    /// Hockey in day-first (British, Irish, Commonwealth) copy is field hockey, whose zero is "nil" as in football; only
    /// North America's ice hockey says "nothing".
    /// </summary>
    private static readonly HashSet<string> IceHockeyWords = new(StringComparer.OrdinalIgnoreCase) { "hockey", "goalie" };

    /// <summary>
    /// Rewrites each "zero" beside a range's "to" in <paramref name="tokens"/>, a sentence the range pass read. In
    /// <paramref name="dayFirst"/> copy a pair between two names ("Red Lion 3-0 Hatfield") is a result line, a result
    /// with no verb.
    /// </summary>
    public static void Say(List<Token> tokens, bool dayFirst = false)
    {
        var result = false;
        var nil = false;
        var nothing = false;
        foreach (var token in tokens)
        {
            if (token is { Kind: TokenKind.Spoken, Class: "acronym-spelled" or "acronym" })
            {
                // "FAI", "UEFA": an initialism already spelled out ("F A I") still names its competition.
                nil |= NilWords.Contains(string.Concat(token.Words));
                continue;
            }
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }
            result |= ResultWords.Contains(token.Text);
            nil |= NilWords.Contains(token.Text);
            nothing |= NothingWords.Contains(token.Text) && !(dayFirst && IceHockeyWords.Contains(token.Text));
        }
        result |= (dayFirst || !nothing && ClubLine(tokens)) && Enumerable.Range(1, Math.Max(0, tokens.Count - 2)).Any(i => tokens[i] is { Kind: TokenKind.Spoken, Class: "range", Words: ["to"] }
            && (IsZero(tokens[i - 1]) || IsZero(tokens[i + 1])) && ResultLines.BetweenNames(tokens, i));
        // Without a word of either, a result's zero is football's ("nil" is understood everywhere) while the other side is
        // a football score; "17-0" is American football's or basketball's ("nothing").
        var footballSized = !nothing && !HasBigSide(tokens);
        nil |= footballSized;
        if (!result)
        {
            return;
        }
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: TokenKind.Spoken, Class: "range", Words: [] } && nil && IsZero(tokens[i - 1]) && IsZero(tokens[i + 1]))
            {
                // "a 0-0 draw": a goalless pair said side by side is "nil nil" (a Gaelic pair is never nought and nought).
                tokens[i - 1] = tokens[i - 1] with { Words = ["nil"] };
                tokens[i + 1] = tokens[i + 1] with { Words = ["nil"] };
                continue;
            }
            if (tokens[i] is not { Kind: TokenKind.Spoken, Class: "range", Words: ["to"] } to
                || !(IsZero(tokens[i - 1]) || IsZero(tokens[i + 1])) || !IsScoreSide(tokens[i - 1]) || !IsScoreSide(tokens[i + 1]))
            {
                continue;
            }
            foreach (var side in (int[])[i - 1, i + 1])
            {
                if (IsZero(tokens[side]))
                {
                    tokens[side] = tokens[side] with { Words = [nil ? "nil" : "nothing"] };
                }
            }
            if (nil)
            {
                tokens[i] = to with { Words = [] };
            }
        }
    }

    /// <summary>Words of British and Commonwealth football clubs' names, each enough alone: "Hatfield Wanderers", "Kelso FC".</summary>
    private static readonly HashSet<string> ClubWords = new(StringComparer.Ordinal)
    {
        "FC", "AFC", "Wanderers", "Rovers", "Albion", "Athletic", "Spurs", "Hotspur",
    };

    /// <summary>Words of a club or its competition that American soccer shares ("Atlanta United"), needing a second cue.</summary>
    private static readonly HashSet<string> SharedClubWords = new(StringComparer.Ordinal) { "League", "United", "City", "Soccer", "Football" };

    /// <summary>American soccer's competitions and school sport: a result line with one of them keeps "zero" or "nothing".</summary>
    private static readonly HashSet<string> AmericanSoccerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MLS", "NWSL", "USL", "NCAA", "Major", "varsity", "prep", "high", "college", "conference",
    };

    /// <summary>
    /// Whether a month-first document's line is a British or Commonwealth football result line all the same: a club word
    /// only that football uses ("Hatfield Wanderers", "Kelso FC"), or two it shares with American soccer ("Sunday
    /// League: ... United"), and no word of American soccer ("MLS", "varsity"). A wrong "nil" in American copy is worse
    /// than a "zero" in British copy, so a line with neither cue is left as it was.
    /// </summary>
    private static bool ClubLine(List<Token> tokens)
    {
        var strong = false;
        var shared = 0;
        foreach (var token in tokens)
        {
            var word = token switch
            {
                { Kind: TokenKind.Word } w => w.Text,
                { Kind: TokenKind.Spoken, Class: "acronym-spelled" or "acronym" } spelled => string.Concat(spelled.Words),
                _ => null,
            };
            if (word is null)
            {
                continue;
            }
            if (AmericanSoccerWords.Contains(word))
            {
                return false;
            }
            strong |= ClubWords.Contains(word);
            shared += SharedClubWords.Contains(word) ? 1 : 0;
        }
        return strong || shared >= 2;
    }

    /// <summary>Whether a score beside a zero has ten or more on its other side: no football result has.</summary>
    private static bool HasBigSide(List<Token> tokens)
    {
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is { Kind: TokenKind.Spoken, Class: "range" } && (IsZero(tokens[i - 1]) || IsZero(tokens[i + 1]))
                && (IsZero(tokens[i - 1]) ? tokens[i + 1] : tokens[i - 1]) is { Kind: TokenKind.Spoken, Class: "cardinal", Length: >= 2 })
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsZero(Token token) => token is { Kind: TokenKind.Spoken, Class: "cardinal", Words: ["zero"] };

    /// <summary>A side of a score: a small cardinal read as one or two words.</summary>
    private static bool IsScoreSide(Token token) => token is { Kind: TokenKind.Spoken, Class: "cardinal", Words.Count: 1 or 2, Length: <= 3 };
}
