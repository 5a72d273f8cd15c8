using System.Text.RegularExpressions;

namespace Aloud.Script.Evaluation;

/// <summary>
/// A second, clearly secondary comparison for sentence sets: the conventions that SCORING.md (section 3) says NeMo's
/// own evaluation of the Google sets forgives, and that a listener cannot hear. British and American spellings of one
/// word ("centre"/"center", "organisation"/"organization", "colour"/"color") and the two orders of a spoken date ("the
/// thirtieth of september" / "september thirtieth") compare equal. Both sides are mapped the same way, and every rule
/// is a closed list or a suffix no other English word shares, so two different words ("four" and "for", "filled" and
/// "filed") never become equal. The headline figure stays the lenient one.
/// </summary>
public static partial class ConventionForgiveness
{
    /// <summary>British stems whose "our" Americans write "or".</summary>
    private static readonly string[] OurWords =
    [
        "colour", "honour", "favour", "harbour", "labour", "neighbour", "behaviour", "flavour", "humour", "rumour", "vapour",
        "vigour", "armour", "endeavour", "savour", "glamour", "tumour", "odour", "clamour", "parlour", "saviour", "ardour",
        "rigour", "splendour", "valour", "fervour", "candour", "demeanour", "rancour",
    ];

    /// <summary>Whole words that differ in other ways.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["programme"] = "program",
        ["programmes"] = "programs",
        ["grey"] = "gray",
        ["cheque"] = "check",
        ["tyre"] = "tire",
        ["tyres"] = "tires",
        ["jewellery"] = "jewelry",
        ["travelled"] = "traveled",
        ["travelling"] = "traveling",
        ["traveller"] = "traveler",
        ["travellers"] = "travelers",
        ["cancelled"] = "canceled",
        ["cancelling"] = "canceling",
        ["labelled"] = "labeled",
        ["modelling"] = "modeling",
        ["fuelled"] = "fueled",
        ["counsellor"] = "counselor",
        ["defence"] = "defense",
        ["offence"] = "offense",
        ["licence"] = "license",
        ["pretence"] = "pretense",
        ["ageing"] = "aging",
        ["aluminium"] = "aluminum",
        ["manoeuvre"] = "maneuver",
        ["plough"] = "plow",
        ["kerb"] = "curb",
        ["storey"] = "story",
    };

    /// <summary>The lenient canonical text (<see cref="SpokenCanonicalizer.Lenient"/>) with those conventions mapped.</summary>
    public static string Apply(string lenient)
    {
        var words = lenient.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(American);
        return DayFirstDate().Replace(string.Join(' ', words), "$3 $2");
    }

    private static string American(string word)
    {
        if (Words.TryGetValue(word, out var american))
        {
            return american;
        }
        foreach (var british in OurWords)
        {
            if (word.StartsWith(british, StringComparison.Ordinal))
            {
                return british[..^2] + "r" + word[british.Length..];
            }
        }
        // "centre", "theatres", "metre", "fibre": the ending, not "timbre" (a word of its own next to "timber").
        foreach (var (ending, swapped) in ReEndings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length > ending.Length + 1 && word != "timbre")
            {
                return word[..^ending.Length] + swapped;
            }
        }
        // "organisation", "realised", "analyse", "catalogue": suffixes spelled two ways.
        foreach (var (ending, swapped) in SuffixSpellings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length >= ending.Length + 3)
            {
                return word[..^ending.Length] + swapped;
            }
        }
        return word;
    }

    private static readonly (string Ending, string Swapped)[] ReEndings =
        [("tres", "ters"), ("tred", "tered"), ("tre", "ter"), ("bres", "bers"), ("bre", "ber")];

    private static readonly (string Ending, string Swapped)[] SuffixSpellings =
    [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"), ("ises", "izes"), ("iser", "izer"),
        ("isers", "izers"), ("ise", "ize"), ("ysing", "yzing"), ("ysed", "yzed"), ("yse", "yze"), ("ogues", "ogs"), ("ogue", "og"),
    ];

    /// <summary>"the thirtieth of september" -> "september thirtieth".</summary>
    [GeneratedRegex(@"\b(the )((?:twenty |thirty )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)) of (january|february|march|april|may|june|july|august|september|october|november|december)\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DayFirstDate();
}
