namespace Aloud.Script.Dialect;

/// <summary>
/// Words whose spelling shows which side of the Atlantic wrote them. Only spellings that are not also another word
/// count: "meter" (a parking meter in Britain too), "program" (software), "check", "tire", "story", "curb", "gray" (a surname) and
/// "license" (a British verb) say nothing, and neither does "Labor" (the Australian party). Lower-case words only.
/// </summary>
internal static class SpellingCues
{
    /// <summary>Stems that British spelling writes with "our" and American with "or" ("colour", "neighbourhood").</summary>
    private static readonly string[] OurStems =
        ["colour", "honour", "favour", "neighbour", "behaviour", "flavour", "humour", "rumour", "harbour", "tumour", "vapour", "vigour", "endeavour", "labour"];

    /// <summary>
    /// The same stems as American writes them, where no British word shares the start ("honorary", "humorous" and
    /// "vigorous" are British too, so those stems count only as whole words); "labor" is left out for the Australian party.
    /// </summary>
    private static readonly string[] OrStems = ["color", "favor", "neighbor", "behavior", "flavor", "rumor", "harbor", "tumor", "endeavor"];

    /// <summary>Verbs British news writes with "ise" and American with "ize"; the stem before the ending.</summary>
    private static readonly string[] IseStems =
    [
        "organ", "real", "recogn", "apolog", "critic", "priorit", "author", "minim", "maxim", "penal", "final", "legal", "privat",
        "hospital", "util", "summar", "character", "special", "stabil", "categor", "jeopard", "normal", "subsid", "modern",
        "public", "capital", "emphas", "mobil", "scrutin", "sympath", "energ", "memor", "visual", "polar", "standard", "central",
        "decentral", "digit", "monet", "neutral", "optim", "revital", "symbol", "global", "industrial", "urban", "immun",
    ];

    private static readonly string[] IseEndings = ["ise", "ised", "ises", "ising", "isation", "isations"];

    private static readonly HashSet<string> BritishWords = new(StringComparer.Ordinal)
    {
        "centre", "centres", "centred", "theatre", "theatres", "metre", "metres", "kilometre", "kilometres", "centimetre",
        "centimetres", "millimetre", "millimetres", "litre", "litres", "fibre", "fibres", "programme", "programmes", "tyre",
        "tyres", "defence", "offence", "offences", "licence", "licences", "jewellery", "travelled", "travelling", "traveller",
        "travellers", "cancelled", "cancelling", "labelled", "modelling", "fuelled", "counsellor", "counsellors", "ageing",
        "aluminium", "manoeuvre", "manoeuvres", "kerb", "cheque", "cheques", "storey", "storeys", "paediatric", "anaesthetic",
        "oestrogen", "haemorrhage", "diarrhoea", "orthopaedic", "foetus", "plough", "pyjamas", "sceptical",
    };

    private static readonly HashSet<string> AmericanWords = new(StringComparer.Ordinal)
    {
        "center", "centers", "centered", "theater", "theaters", "kilometer", "kilometers", "centimeter", "centimeters",
        "millimeter", "millimeters", "liter", "liters", "fiber", "fibers", "defense", "offense", "offenses", "jewelry",
        "traveled", "traveling", "traveler", "travelers", "canceled", "canceling", "labeled", "modeling", "fueled",
        "counselor", "counselors", "aluminum", "maneuver", "maneuvers", "pediatric", "anesthetic", "estrogen", "hemorrhage",
        "diarrhea", "orthopedic", "fetus", "plow", "pajamas", "skeptical", "honor", "honors", "honored", "honoring", "humor",
        "vigor", "vapor",
    };

    public static bool IsBritish(string word) =>
        BritishWords.Contains(word) || StartsWithAny(word, OurStems) || HasStemAndEnding(word, IseStems, IseEndings);

    public static bool IsAmerican(string word) =>
        AmericanWords.Contains(word) || StartsWithAny(word, OrStems) || HasStemAndEnding(word, IseStems, ZeEndings);

    private static readonly string[] ZeEndings = ["ize", "ized", "izes", "izing", "ization", "izations"];

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasStemAndEnding(string word, string[] stems, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal) && Array.IndexOf(stems, word[..^ending.Length]) >= 0)
            {
                return true;
            }
        }
        return false;
    }
}
