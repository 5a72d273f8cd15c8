using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// British spellings in US spelling, as a US narrator's script has them: "colour" -> "color", "centre" -> "center",
/// "organisation" -> "organization", "programme" -> "program". The sound does not change; the script reads as US
/// copy and a US voice is never unsure of the word. Closed lists of stems with their inflections, so words that are
/// "-ise" in US spelling too ("advertise", "exercise", "emphasis") and "Defence" in names are left alone.
/// </summary>
internal sealed class UsSpellingPass : TokenPass
{
    private static readonly string[] OurStems =
    [
        "colour", "honour", "harbour", "favour", "labour", "neighbour", "behaviour", "flavour", "humour", "rumour",
        "vapour", "savour", "armour", "endeavour", "odour", "vigour", "valour", "parlour",
    ];

    private static readonly string[] OurEndings =
        ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "less", "er", "ers", "ist", "ists", "hood", "hoods", "ly"];

    private static readonly string[] ReStems =
        ["centre", "theatre", "metre", "litre", "fibre", "calibre", "sabre", "sombre", "spectre", "lustre", "meagre", "kilometre", "millimetre", "centimetre"];

    private static readonly string[] IseStems =
    [
        "organis", "realis", "recognis", "authoris", "naturalis", "pluralis", "popularis", "crystallis", "characteris",
        "civilis", "finalis", "legalis", "maximis", "minimis", "mobilis", "modernis", "normalis", "privatis", "prioritis",
        "specialis", "standardis", "summaris", "utilis", "visualis", "capitalis", "centralis", "colonis", "harmonis",
        "hospitalis", "industrialis", "nationalis", "neutralis", "stabilis", "symbolis", "sympathis", "apologis",
        "criticis", "emphasis", "publicis", "jeopardis", "categoris", "legitimis", "globalis", "urbanis", "digitis",
        "optimis", "polaris", "penalis", "subsidis", "monopolis", "scrutinis", "familiaris", "idealis", "immunis",
        "localis", "marginalis", "militaris", "personalis", "revolutionis", "socialis", "synchronis", "theoris",
        "memorialis", "fertilis", "sanitis", "secularis", "sensitis", "westernis", "randomis", "customis", "energis",
        "analys", "paralys",
    ];

    private static readonly string[] IseEndings =
        ["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able"];

    private static readonly Dictionary<string, string> Words = Build();

    public override string Name => "spelling";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word || token.Text.Length < 4)
        {
            return 0;
        }
        // "organisation's": the possessive stays as written.
        var apostrophe = token.Text.IndexOfAny(['\'', '\u2019']);
        var word = apostrophe > 0 ? token.Text[..apostrophe] : token.Text;
        if (!Words.TryGetValue(word.ToLowerInvariant(), out var us))
        {
            return 0;
        }
        var cased = word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? us.ToUpperInvariant()
            : char.IsUpper(word[0]) ? char.ToUpperInvariant(us[0]) + us[1..] : us;
        replacement = token with { Text = cased + token.Text[word.Length..] };
        return 1;
    }

    private static Dictionary<string, string> Build()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stem in OurStems)
        {
            var us = stem[..^2] + "r";
            foreach (var ending in OurEndings)
            {
                words[stem + ending] = us + ending;
            }
        }
        foreach (var stem in ReStems)
        {
            var us = stem[..^2] + "er";
            words[stem] = us;
            words[stem + "s"] = us + "s";
        }
        foreach (var stem in IseStems)
        {
            var us = stem[..^1] + "z";
            foreach (var ending in IseEndings)
            {
                words[stem + ending] = us + ending;
            }
        }
        words["programme"] = "program";
        words["programmes"] = "programs";
        return words;
    }
}
