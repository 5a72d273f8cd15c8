using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// An Olympic (IOC) country code in brackets after an athlete's name, as results lines print it: "Amara Kesiro (KEN)
/// 2:07:41" -> "Amara Kesiro, Kenya, ...". Only in that place: three capitals alone in brackets right after a
/// capitalised name. Codes that are also US team abbreviations in agate ("DEN" Denver, "PHI", "COL", "CHI", "IND",
/// "MON", "SEN") are left out, so a hockey line is never given a country.
/// </summary>
internal sealed class CountryCodePass : TokenPass
{
    private static readonly Dictionary<string, string> Countries = new(StringComparer.Ordinal)
    {
        ["ALG"] = "Algeria",
        ["ARG"] = "Argentina",
        ["ARM"] = "Armenia",
        ["AUS"] = "Australia",
        ["AUT"] = "Austria",
        ["AZE"] = "Azerbaijan",
        ["BAH"] = "the Bahamas",
        ["BDI"] = "Burundi",
        ["BEL"] = "Belgium",
        ["BLR"] = "Belarus",
        ["BOT"] = "Botswana",
        ["BRA"] = "Brazil",
        ["BRN"] = "Bahrain",
        ["BUL"] = "Bulgaria",
        ["CAN"] = "Canada",
        ["CIV"] = "Ivory Coast",
        ["CMR"] = "Cameroon",
        ["CHN"] = "China",
        ["CRO"] = "Croatia",
        ["CUB"] = "Cuba",
        ["CYP"] = "Cyprus",
        ["CZE"] = "the Czech Republic",
        ["DJI"] = "Djibouti",
        ["DOM"] = "the Dominican Republic",
        ["ECU"] = "Ecuador",
        ["EGY"] = "Egypt",
        // Golf and cricket print the home nations apart.
        ["ENG"] = "England",
        ["ERI"] = "Eritrea",
        ["ESP"] = "Spain",
        ["EST"] = "Estonia",
        ["ETH"] = "Ethiopia",
        ["FIN"] = "Finland",
        ["FRA"] = "France",
        ["GBR"] = "Britain",
        ["GEO"] = "Georgia",
        ["GER"] = "Germany",
        ["GHA"] = "Ghana",
        ["GRE"] = "Greece",
        ["HKG"] = "Hong Kong",
        ["HUN"] = "Hungary",
        ["INA"] = "Indonesia",
        ["IRI"] = "Iran",
        ["IRL"] = "Ireland",
        ["ISL"] = "Iceland",
        ["ISR"] = "Israel",
        ["ITA"] = "Italy",
        ["JAM"] = "Jamaica",
        ["JPN"] = "Japan",
        ["KAZ"] = "Kazakhstan",
        ["KEN"] = "Kenya",
        ["KOR"] = "South Korea",
        ["KSA"] = "Saudi Arabia",
        ["LAT"] = "Latvia",
        ["LTU"] = "Lithuania",
        ["LUX"] = "Luxembourg",
        ["MAR"] = "Morocco",
        ["MAS"] = "Malaysia",
        ["MEX"] = "Mexico",
        ["MLT"] = "Malta",
        ["NED"] = "the Netherlands",
        ["NGR"] = "Nigeria",
        ["NIR"] = "Northern Ireland",
        ["NOR"] = "Norway",
        ["NZL"] = "New Zealand",
        ["PAK"] = "Pakistan",
        ["PER"] = "Peru",
        ["POL"] = "Poland",
        ["POR"] = "Portugal",
        ["PUR"] = "Puerto Rico",
        ["QAT"] = "Qatar",
        ["ROU"] = "Romania",
        ["RSA"] = "South Africa",
        ["RWA"] = "Rwanda",
        ["SCO"] = "Scotland",
        ["SGP"] = "Singapore",
        ["SLO"] = "Slovenia",
        ["SOM"] = "Somalia",
        ["SRB"] = "Serbia",
        ["SUI"] = "Switzerland",
        ["SVK"] = "Slovakia",
        ["SWE"] = "Sweden",
        ["TAN"] = "Tanzania",
        ["THA"] = "Thailand",
        ["TPE"] = "Chinese Taipei",
        ["TTO"] = "Trinidad and Tobago",
        ["TUN"] = "Tunisia",
        ["TUR"] = "Turkey",
        ["UAE"] = "the United Arab Emirates",
        ["UGA"] = "Uganda",
        ["UKR"] = "Ukraine",
        ["USA"] = "the United States",
        ["UZB"] = "Uzbekistan",
        ["VEN"] = "Venezuela",
        ["VIE"] = "Vietnam",
        ["WAL"] = "Wales",
        ["ZAM"] = "Zambia",
        ["ZIM"] = "Zimbabwe",
    };

    public override string Name => "state";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, Text.Length: 3 } code || !Countries.TryGetValue(CodeKey(tokens, index), out var country)
            || At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "(" } || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ")" }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } name || name.Text.Length < 2 || !char.IsUpper(name.Text[0]) || !name.Text.Skip(1).Any(char.IsLower)
            || Abbreviations.Months.ContainsKey(name.Text) || Abbreviations.IsWeekday(name.Text) || Abbreviations.IsFullWeekday(name.Text))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, country);
        return 1;
    }

    /// <summary>
    /// The code to look up: capitals as written; a title-case code ("(Irl)", "(Kor)", as golf and British agate print
    /// them) only in a list that brackets another one too, since one "(Can)" or "(Per)" alone may be a word.
    /// </summary>
    private static string CodeKey(IReadOnlyList<Token> tokens, int index)
    {
        var text = tokens[index].Text;
        if (text.All(char.IsAsciiLetterUpper) || !char.IsAsciiLetterUpper(text[0]) || !text.Skip(1).All(char.IsAsciiLetterLower))
        {
            return text;
        }
        var listed = NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Word, Text.Length: 3 } other
            && Countries.ContainsKey(other.Text.ToUpperInvariant()) && At(tokens, k - 1) is { Text: "(" } && At(tokens, k + 1) is { Text: ")" });
        return listed ? text.ToUpperInvariant() : text;
    }
}
