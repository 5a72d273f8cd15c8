using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A figure glued to "m" that a total reached, in British copy a count in millions: "Waiting lists grew to 7.6m in
/// England", "Audiences peaked at 5.1m on Sunday", "Subscribers topped 12m last year". A verb of change or arrival
/// stands just before the figure and nothing follows that it would count. The same verbs measure heights and depths
/// ("The river rose to 4.2m", "She cleared 2.01m"), so a sentence that talks of water, height, length or a jump keeps
/// the meters.
/// </summary>
internal static class CountedTotals
{
    /// <summary>Verbs that bring a total to a figure: "grew to", "peaked at", "topped".</summary>
    private static readonly HashSet<string> ReachVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "grew", "grown", "grows", "rose", "risen", "rises", "fell", "fallen", "falls", "dropped", "drops", "reached", "reaches", "hit",
        "hits", "topped", "tops", "passed", "passes", "peaked", "peaks", "peaking", "reaching", "topping", "climbed", "climbs", "doubled", "tripled", "totalled",
        "totaled", "totals", "exceeded", "exceeds", "surpassed", "swelled", "declined", "increased", "decreased", "slipped", "soared",
        "stood", "stands", "numbered",
    };

    /// <summary>
    /// Words that make a figure a length: water and its levels, heights and depths, things with a length, and the field
    /// events and races a length is the result of.
    /// </summary>
    private static readonly HashSet<string> LengthWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "river", "rivers", "tide", "tides", "sea", "seas", "water", "waters", "floodwater", "floodwaters", "flood", "floods", "level",
        "levels", "wave", "waves", "swell", "swells", "surge", "snow", "snowdrift", "drift", "drifts", "ice", "glacier", "lake",
        "reservoir", "dam", "depth", "deep", "deeper", "height", "high", "higher", "tall", "taller", "long", "longer", "length", "wide",
        "wider", "width", "distance", "jump", "jumps", "jumper", "leap", "leapt", "vault", "vaulter", "cleared", "clears", "throw",
        "throws", "threw", "thrown", "javelin", "discus", "hammer", "shot", "tower", "crane", "wall", "walls", "building", "tree",
        "trees", "cliff", "bridge", "mast", "ceiling", "roof", "spire", "ship", "boat", "yacht", "hull", "sprint", "race", "lap",
        "pool", "track", "tunnel", "pipe", "crack", "sinkhole", "hole", "shaft", "well", "borehole", "altitude", "elevation",
        "metres", "meters", "metre", "meter", "jumped", "jumping", "ran", "swam", "trail", "summit", "mountain", "hill", "slope",
        "climber", "climbers", "ridge", "descent", "ascent",
        // A fall from a height: "a worker fell 6m from scaffolding".
        "scaffolding", "scaffold", "ladder", "balcony", "window", "platform", "stairs", "cliff-top", "plunged", "plummeted",
    };

    /// <summary>Whether the figure at <paramref name="index"/>, glued to "m", is a count a total reached.</summary>
    public static bool Reached(IReadOnlyList<Token> tokens, int index)
    {
        // British copy writes a count of millions with at most three figures ("7.6m", "312m"); "1,100m" is a length.
        var digits = tokens[index].Text.TakeWhile(c => c != 'm').ToArray();
        if (Array.IndexOf(digits, ',') >= 0 || digits.TakeWhile(c => c != '.').Count() > 3)
        {
            return false;
        }
        // Nothing after it that it would measure or count: a preposition, a time word, punctuation or the end.
        if (TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word } next && !IsClauseGoingOn(next.Text))
        {
            return false;
        }
        var before = TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "at" or "of" or "about" or "around" or "nearly" or "almost" or "over" or "some" }
            ? index - 2 : index - 1;
        if (TokenPass.At(tokens, before) is not { Kind: TokenKind.Word } verb || !ReachVerbs.Contains(verb.Text))
        {
            return false;
        }
        // A bounded window, so a sentence of many such figures stays linear.
        return !NearbyWords.Any(tokens, index, LengthWords);
    }

    private static bool IsClauseGoingOn(string word) => word is "in" or "on" or "at" or "across" or "for" or "from" or "by" or "last"
        or "this" or "a" or "an" or "and" or "but" or "as" or "after" or "before" or "since" or "during" or "over" or "under" or "among"
        or "between" or "nationwide" or "worldwide" or "overall" or "yesterday" or "today" or "year" or "years" or "according";
}
