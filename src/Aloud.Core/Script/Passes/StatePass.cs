using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// US states in the two places news writes them abbreviated. After a city: "Santa Clara, CA 95051" -> "Santa
/// Clara, California nine five zero five one" (a ZIP code is read digit by digit). In a party label: "R-Texas" ->
/// "Republican of Texas", "D-Calif." -> "Democrat of California". A bare "IN" or "OR" elsewhere is a word, so
/// postal codes count only straight after "City,". An Australian state between a town and its postcode ("Dubbo NSW
/// 2830") is said in full and the postcode digit by digit.
/// </summary>
internal sealed class StatePass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, string> PostalCodes = new(StringComparer.Ordinal)
    {
        ["AL"] = "Alabama",
        ["AK"] = "Alaska",
        ["AZ"] = "Arizona",
        ["AR"] = "Arkansas",
        ["CA"] = "California",
        // Not a state, but written like one after "Washington," and before a ZIP code.
        ["DC"] = "D C",
        ["CO"] = "Colorado",
        ["CT"] = "Connecticut",
        ["DE"] = "Delaware",
        ["FL"] = "Florida",
        ["GA"] = "Georgia",
        ["HI"] = "Hawaii",
        ["ID"] = "Idaho",
        ["IL"] = "Illinois",
        ["IN"] = "Indiana",
        ["IA"] = "Iowa",
        ["KS"] = "Kansas",
        ["KY"] = "Kentucky",
        ["LA"] = "Louisiana",
        ["ME"] = "Maine",
        ["MD"] = "Maryland",
        ["MA"] = "Massachusetts",
        ["MI"] = "Michigan",
        ["MN"] = "Minnesota",
        ["MS"] = "Mississippi",
        ["MO"] = "Missouri",
        ["MT"] = "Montana",
        ["NE"] = "Nebraska",
        ["NV"] = "Nevada",
        ["NH"] = "New Hampshire",
        ["NJ"] = "New Jersey",
        ["NM"] = "New Mexico",
        ["NY"] = "New York",
        ["NC"] = "North Carolina",
        ["ND"] = "North Dakota",
        ["OH"] = "Ohio",
        ["OK"] = "Oklahoma",
        ["OR"] = "Oregon",
        ["PA"] = "Pennsylvania",
        ["RI"] = "Rhode Island",
        ["SC"] = "South Carolina",
        ["SD"] = "South Dakota",
        ["TN"] = "Tennessee",
        ["TX"] = "Texas",
        ["UT"] = "Utah",
        ["VT"] = "Vermont",
        ["VA"] = "Virginia",
        ["WA"] = "Washington",
        ["WV"] = "West Virginia",
        ["WI"] = "Wisconsin",
        ["WY"] = "Wyoming",
    };

    /// <summary>AP style abbreviations, written with a period; the dotted ones as the tokenizer keeps them ("N.Y").</summary>
    private static readonly Dictionary<string, string> ApAbbreviations = new(StringComparer.Ordinal)
    {
        ["Ala"] = "Alabama",
        ["Ariz"] = "Arizona",
        ["Ark"] = "Arkansas",
        ["Calif"] = "California",
        ["Cal"] = "California",
        ["Colo"] = "Colorado",
        ["Conn"] = "Connecticut",
        ["Del"] = "Delaware",
        ["Fla"] = "Florida",
        ["Ga"] = "Georgia",
        ["Ill"] = "Illinois",
        ["Ind"] = "Indiana",
        ["Kan"] = "Kansas",
        ["Ky"] = "Kentucky",
        ["La"] = "Louisiana",
        ["Md"] = "Maryland",
        ["Mass"] = "Massachusetts",
        ["Mich"] = "Michigan",
        ["Minn"] = "Minnesota",
        ["Miss"] = "Mississippi",
        ["Mo"] = "Missouri",
        ["Mont"] = "Montana",
        ["Neb"] = "Nebraska",
        ["Nev"] = "Nevada",
        ["N.H"] = "New Hampshire",
        ["N.J"] = "New Jersey",
        ["N.M"] = "New Mexico",
        ["N.Y"] = "New York",
        ["N.C"] = "North Carolina",
        ["N.D"] = "North Dakota",
        ["Okla"] = "Oklahoma",
        ["Ore"] = "Oregon",
        ["Pa"] = "Pennsylvania",
        ["R.I"] = "Rhode Island",
        ["S.C"] = "South Carolina",
        ["S.D"] = "South Dakota",
        ["Tenn"] = "Tennessee",
        ["Vt"] = "Vermont",
        ["Va"] = "Virginia",
        ["Wash"] = "Washington",
        ["W.Va"] = "West Virginia",
        ["Wis"] = "Wisconsin",
        ["Wyo"] = "Wyoming",
        // Canadian Press style for the provinces after a town: "Red Deer, Alta.", "Brandon, Man.".
        ["Alta"] = "Alberta",
        ["Ont"] = "Ontario",
        ["Man"] = "Manitoba",
        ["Sask"] = "Saskatchewan",
        ["Que"] = "Quebec",
        ["Nfld"] = "Newfoundland",
        ["N.S"] = "Nova Scotia",
        ["N.B"] = "New Brunswick",
        ["P.E.I"] = "Prince Edward Island",
        ["B.C"] = "British Columbia",
    };

    /// <summary>Australia's states and territories as an address writes them before a postcode ("Dubbo NSW 2830").</summary>
    private static readonly Dictionary<string, string> AustralianStates = new(StringComparer.Ordinal)
    {
        ["NSW"] = "New South Wales",
        ["VIC"] = "Victoria",
        ["Vic"] = "Victoria",
        ["QLD"] = "Queensland",
        ["Qld"] = "Queensland",
        ["SA"] = "South Australia",
        ["WA"] = "Western Australia",
        ["TAS"] = "Tasmania",
        ["Tas"] = "Tasmania",
        ["NT"] = "Northern Territory",
        ["ACT"] = "A C T",
    };

    /// <summary>States AP writes in full but legal citations abbreviate ("Tex. Penal Code", "Haw. Rev. Stat.").</summary>
    private static readonly Dictionary<string, string> CitedOnly = new(StringComparer.Ordinal)
    {
        ["Tex"] = "Texas",
        ["Haw"] = "Hawaii",
        ["Me"] = "Maine",
    };

    /// <summary>The first word of a state code's name in a citation: "Penal Code", "Rev. Stat.", "Comp. Laws", "Const.".</summary>
    private static readonly HashSet<string> CodeWords = new(StringComparer.Ordinal)
    {
        "Penal", "Civ", "Civil", "Code", "Gov", "Govt", "Const", "Stat", "Stats", "Rev", "Comp", "Gen", "Bus", "Health", "Veh", "Vehicle",
        "Educ", "Lab", "Fam", "Ins", "Prob", "Evid", "Admin", "Crim", "Laws",
    };

    /// <summary>Whether a dotted state abbreviation followed by <paramref name="next"/> cites the state's code ("Cal." "Penal").</summary>
    internal static bool IsCodeCitation(string abbreviation, string next) =>
        (ApAbbreviations.ContainsKey(abbreviation) || CitedOnly.ContainsKey(abbreviation)) && CodeWords.Contains(next);

    /// <summary>States AP writes in full, plus everything in <see cref="PostalCodes"/> by its full name.</summary>
    private static readonly HashSet<string> FullNames = new(PostalCodes.Values, StringComparer.Ordinal);

    /// <summary>Words before a place: after them a dotted state ("in N.H.") is the state.</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "across", "and", "or", "of", "from", "to", "through", "near", "outside",
    };

    public override string Name => "state";

    /// <summary>Degrees and licences written after a name; "MD", "PA", "DO" collide with states and a word.</summary>
    private static readonly HashSet<string> Postnominals = new(StringComparer.Ordinal)
    {
        "MD", "DO", "PA", "RN", "PhD", "DDS", "DMD", "DVM", "JD", "MBA", "CPA", "LPN", "NP", "FACS", "FRCS", "MRCP", "OD",
    };

    /// <summary>How far back a title ("Dr.", "Mrs.") marks the name before a comma as a person's.</summary>
    private const int TitleReach = 6;

    /// <summary>
    /// "MD" after "Name," is a degree, not a state, where a title stands before the name or another degree stands beside
    /// it ("Ana Roy, MD, PhD"); "Baltimore, MD" has neither.
    /// </summary>
    private static bool IsPostnominal(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Word } degree || degree.Text is not ("MD" or "PA" or "DO")
            || At(tokens, index - 1) is not { Text: "," } || At(tokens, index - 2) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
        {
            return false;
        }
        if (At(tokens, index + 1) is { Text: "," } && At(tokens, index + 2) is { Kind: TokenKind.Word } other && Postnominals.Contains(other.Text)
            || At(tokens, index - 2) is { Kind: TokenKind.Word } prior && (Postnominals.Contains(prior.Text) || IsListedDegree(tokens, index - 2)))
        {
            return true;
        }
        for (var i = index - 3; i >= 0 && i >= index - 2 - TitleReach; i--)
        {
            if (tokens[i] is { Kind: TokenKind.Word } title && title.Text is "Dr" or "Mr" or "Mrs" or "Ms" or "Prof" or "Nurse" or "Doctor")
            {
                return true;
            }
            if (tokens[i] is { Kind: TokenKind.Punctuation, Text: "," or ";" or ":" })
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="index"/> is itself a degree in a list after a name ("Sandhu, MBBS, MD"): a
    /// short run of capitals that is no state, with a comma before it and a capitalised word before that. A city is
    /// never written that way, so the code after it is a degree too.
    /// </summary>
    private static bool IsListedDegree(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Word, Text.Length: >= 2 and <= 6 } degree && degree.Text.All(char.IsAsciiLetter)
        && char.IsUpper(degree.Text[0]) && degree.Text.Count(char.IsAsciiLetterUpper) >= 2 && !PostalCodes.ContainsKey(degree.Text)
        && At(tokens, index - 1) is { Text: "," } && At(tokens, index - 2) is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]);

    /// <summary>
    /// Whether a long digit string follows ("Venter, ID 5403125088083"): a state is followed by a five-digit ZIP code at
    /// most, so before an identity or account number the code is the label of that number.
    /// </summary>
    private static bool BeforeLongNumber(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index + 1) is { Kind: TokenKind.Number } number && number.Text.Count(char.IsAsciiDigit) > 5
        // Already read digit by digit by an earlier pass (a spoken token's text is its words).
        || At(tokens, index + 1) is { Kind: TokenKind.Spoken } digits && digits.Words.Count > 5 && digits.Words.All(DigitNames.Contains);

    private static readonly HashSet<string> DigitNames = new(StringComparer.Ordinal)
    {
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    };

    /// <summary>
    /// "LICENSING ACT 2003", "HOUSING ACT 1988": "ACT" after a word of capitals and before a year is a statute, not the
    /// Australian Capital Territory, whose postcodes (0200-0299, 2600-2620, 2900-2920) are never such a year.
    /// </summary>
    private static bool IsActOfAYear(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Word, Text: "ACT" }
        && At(tokens, index - 1) is { Kind: TokenKind.Word, Text.Length: >= 3 } name && name.Text.All(char.IsAsciiLetterUpper)
        && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } year && year.Text.Length == 4 && NumberText.IsPlain(year.Text)
        && int.Parse(year.Text) is >= 1700 and <= 2099;

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token is { Kind: TokenKind.Number, Text.Length: 4 } boxPostcode && NumberText.IsPlain(boxPostcode.Text) && AfterBoxAndTown(tokens, index))
        {
            // "PO Box 318, Ngaruawahia 3742", "PO Box 3704, Bloemfontein 9300": a post-office box's town and its postcode,
            // read digit by digit as New Zealand, South Africa and Australia print it after the town.
            replacement = Spoken(tokens, index, 1, numbers.Digits(boxPostcode.Text));
            return 1;
        }
        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }
        if (IsPostnominal(tokens, index))
        {
            // "Dr. Ana Roy, MD, will": a degree after a person's name and a comma, spelt, never Maryland.
            replacement = Spoken(tokens, index, 1, string.Join(' ', token.Text.ToCharArray()));
            return 1;
        }
        if (CanadianProvinces.TryGetValue(token.Text, out var province) && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "," }
            && At(tokens, index - 2) is { Kind: TokenKind.Word } provinceCity && char.IsUpper(provinceCity.Text[0]) && IsCanadianPostalCode(tokens, index + 1))
        {
            // "Sarnia, ON N7T 5W2": a Canadian province's code between its city and the postal code.
            replacement = Spoken(tokens, index, 1, province);
            return 1;
        }
        if (token.Text is "D" or "R" or "I" && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ")" }
            && At(tokens, index - 2) is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]))
        {
            // "Gov. Elise Varga (D)": the party letter alone after a name.
            replacement = Spoken(tokens, index, 1, token.Text switch { "D" => "Democrat", "R" => "Republican", _ => "independent" });
            return 1;
        }
        if (TryParty(tokens, index, out var party, out var consumed))
        {
            replacement = Spoken(tokens, index, consumed, party);
            return consumed;
        }
        // AP style after a city: "Tulsa, Okla." -> "Tulsa, Oklahoma".
        // In brackets after a town, as sports copy writes a school's home: "State College (Pa.) coach Ron Fisk".
        if (ApAbbreviations.TryGetValue(token.Text, out var apState) && At(tokens, index + 1) is { } dot && dot.IsPunctuation(".")
            && !dot.SpaceBefore && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "," or "(" }
            && At(tokens, index - 2) is { Kind: TokenKind.Word } apCity && char.IsUpper(apCity.Text[0])
            && (At(tokens, index - 1)!.Text == "," || At(tokens, index + 2) is { Text: ")" }))
        {
            replacement = Spoken(tokens, index, 2, apState);
            return 2;
        }
        // "across Ohio and W.Va.", "in N.H.": a dotted state whose letters carry a dot inside is a state after a word of
        // place ("B.C." is left: after a year it is an era).
        if (token.Text.Contains('.') && token.Text != "B.C" && ApAbbreviations.TryGetValue(token.Text, out var dottedState)
            && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
            && At(tokens, index - 1) is { Kind: TokenKind.Word } placeWord && PlaceWords.Contains(placeWord.Text))
        {
            replacement = Spoken(tokens, index, 2, dottedState);
            return 2;
        }
        // A state's own code as courts cite it: "Cal. Penal Code § 187", "Tex. Penal Code", "Ill. Comp. Stat.".
        if (At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word } body && IsCodeCitation(token.Text, body.Text)
            && (ApAbbreviations.TryGetValue(token.Text, out var codeState) || CitedOnly.TryGetValue(token.Text, out codeState)))
        {
            replacement = Spoken(tokens, index, 2, codeState);
            return 2;
        }
        if (IsActOfAYear(tokens, index))
        {
            // "LICENSING ACT 2003: Notice is given": a statute's name in a heading of capitals, the year read by the year pass.
            replacement = Spoken(tokens, index, 1, "Act");
            return 1;
        }
        if (AustralianStates.TryGetValue(token.Text, out var australianState) && At(tokens, index - 1) is { Kind: TokenKind.Word } town && char.IsUpper(town.Text[0])
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } postcode && postcode.Text.Length == 4 && NumberText.IsPlain(postcode.Text))
        {
            // "Kooralong NSW 2580": a town, its state and the four-digit postcode, read digit by digit.
            replacement = Spoken(tokens, index, 2, $"{australianState} {numbers.Digits(postcode.Text)}");
            return 2;
        }
        if (!PostalCodes.TryGetValue(token.Text, out var state)
            || At(tokens, index - 1) is not { Kind: TokenKind.Punctuation, Text: "," }
            || At(tokens, index - 2) is not { Kind: TokenKind.Word } city || !char.IsUpper(city.Text[0]))
        {
            return 0;
        }
        if (InAuthorList(tokens, index) || BeforeLongNumber(tokens, index))
        {
            // "Wang, JN; Chan, CT; Sheng, P": initials in a list of authors, not Connecticut.
            return 0;
        }
        var zipIndex = At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "," } ? index + 2 : index + 1;
        if (At(tokens, zipIndex) is { Kind: TokenKind.Number } zip && zip.Text.Length == 5 && NumberText.IsPlain(zip.Text))
        {
            // The comma between state and ZIP ("FL, 95051") stays a breath.
            var words = zipIndex == index + 2 ? $"{state} , {numbers.Digits(zip.Text)}" : $"{state} {numbers.Digits(zip.Text)}";
            replacement = Spoken(tokens, index, zipIndex + 1 - index, words);
            return zipIndex + 1 - index;
        }
        replacement = Spoken(tokens, index, 1, state);
        return 1;
    }

    private static readonly Dictionary<string, string> CanadianProvinces = new(StringComparer.Ordinal)
    {
        ["ON"] = "Ontario",
        ["QC"] = "Quebec",
        ["BC"] = "British Columbia",
        ["AB"] = "Alberta",
        ["SK"] = "Saskatchewan",
        ["MB"] = "Manitoba",
        ["NS"] = "Nova Scotia",
        ["NB"] = "New Brunswick",
        ["PE"] = "Prince Edward Island",
        ["NL"] = "Newfoundland and Labrador",
        ["YT"] = "Yukon",
        ["NT"] = "Northwest Territories",
        ["NU"] = "Nunavut",
    };

    /// <summary>"N7T 5W2": a Canadian postal code's two halves, letter-digit-letter and digit-letter-digit.</summary>
    private static bool IsCanadianPostalCode(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Word, Text: [var a, var b, var c] } && char.IsAsciiLetterUpper(a) && char.IsAsciiDigit(b) && char.IsAsciiLetterUpper(c)
        && (At(tokens, index + 1) is { Kind: TokenKind.Number, Text: [var d, var e, var f] } && char.IsAsciiDigit(d) && char.IsAsciiLetterUpper(e) && char.IsAsciiDigit(f)
            // The tokenizer ends a number's letter suffix where a digit follows: "5W" and "2".
            || At(tokens, index + 1) is { Kind: TokenKind.Number, Text: [var g, var h] } && char.IsAsciiDigit(g) && char.IsAsciiLetterUpper(h)
                && At(tokens, index + 2) is { Kind: TokenKind.Number, Text: [var i], SpaceBefore: false } && char.IsAsciiDigit(i)
            // The second half already read as a serial: "five W two".
            || At(tokens, index + 1) is { Kind: TokenKind.Spoken, Words: [_, [>= 'A' and <= 'Z'], _] })
        // Already read as a code, letter by letter and digit by digit: "N seven T five W two".
        || At(tokens, index) is { Kind: TokenKind.Spoken } spoken && spoken.Words.Count == 6
            && spoken.Words.Select((w, k) => k % 2 == 0 ? w is [>= 'A' and <= 'Z'] : w.Length > 2 && char.IsAsciiLetterLower(w[0])).All(ok => ok);

    /// <summary>Whether a post-office box's number, a comma and a town of one to three capitalised words come right before <paramref name="index"/>.</summary>
    private static bool AfterBoxAndTown(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        var townWords = 0;
        while (townWords < 3 && At(tokens, k) is { Kind: TokenKind.Word } town && char.IsUpper(town.Text[0]))
        {
            townWords++;
            k--;
        }
        return townWords > 0 && At(tokens, k) is { Text: "," } && At(tokens, k - 1) is { Kind: TokenKind.Number } && At(tokens, k - 2) is { Kind: TokenKind.Word, Text: "Box" or "BOX" or "Bag" }
            && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation };
    }

    /// <summary>
    /// True when "Surname, ST" sits in a semicolon-separated list whose neighbouring entry is "Surname, Initials"
    /// with initials that are not a state ("Li, GD; Chan, CT" or "Chan, CT; Sheng, P").
    /// </summary>
    private static bool InAuthorList(IReadOnlyList<Token> tokens, int index) =>
        (At(tokens, index + 1) is { Text: ";" } && At(tokens, index + 2) is { Kind: TokenKind.Word }
            && At(tokens, index + 3) is { Text: "," } && IsInitials(At(tokens, index + 4)))
        || (At(tokens, index - 3) is { Text: ";" } && IsInitials(At(tokens, index - 4))
            && At(tokens, index - 5) is { Text: "," } && At(tokens, index - 6) is { Kind: TokenKind.Word });

    private static bool IsInitials(Token? token) =>
        token is { Kind: TokenKind.Word, Text.Length: >= 1 and <= 3 } && token.Text.All(char.IsAsciiLetterUpper)
        && !PostalCodes.ContainsKey(token.Text);

    /// <summary>"R-Texas", "D-Calif.", "I-Vt.": party and state.</summary>
    /// <summary>
    /// "(D-Bronx)", "Sen. Cole, R-Dothan,": a party label with a city or district instead of a state. Only where a
    /// label stands (in brackets, or between commas), so "D-Day" or "T-Mobile" in running text stay as written.
    /// </summary>
    private static bool IsPartyLabelPlace(IReadOnlyList<Token> tokens, int index, string place) => PartyLabelPlaceWords(tokens, index, place) >= 0;

    /// <summary>
    /// How many more capitalised words the place in a party label has ("D-Fall River": one), or -1 when the label is
    /// not one (see <see cref="IsPartyLabelPlace"/>).
    /// </summary>
    private static int PartyLabelPlaceWords(IReadOnlyList<Token> tokens, int index, string place)
    {
        if (place.Length < 3 || !char.IsUpper(place[0]) || !place.Skip(1).All(char.IsLower))
        {
            return -1;
        }
        for (var more = 0; more <= 2; more++)
        {
            if (more > 0 && At(tokens, index + more) is not { Kind: TokenKind.Word } word || more > 0 && !char.IsUpper(At(tokens, index + more)!.Text[0]))
            {
                return -1;
            }
            var close = At(tokens, index + more + 1);
            if (At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && close is { Kind: TokenKind.Punctuation, Text: ")" }
                || At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "," } && close is null or { Kind: TokenKind.Punctuation, Text: "," or "." or ")" })
            {
                return more;
            }
        }
        return -1;
    }

    private static bool TryParty(IReadOnlyList<Token> tokens, int index, out string words, out int consumed)
    {
        words = "";
        consumed = 1;
        var text = tokens[index].Text;
        if (text.Length < 4 || text[1] != '-' || text[0] is not ('R' or 'D' or 'I'))
        {
            return false;
        }
        var statePart = text[2..];
        var hasDot = At(tokens, index + 1) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore;
        string? state;
        if (ApAbbreviations.TryGetValue(statePart, out state))
        {
            consumed = hasDot ? 2 : 1;
        }
        else if (!FullNames.Contains(statePart) && !PostalCodes.TryGetValue(statePart, out state))
        {
            var more = PartyLabelPlaceWords(tokens, index, statePart);
            if (more < 0)
            {
                return false;
            }
            // "D-Fall River": the place's other words belong to the label.
            state = string.Join(' ', Enumerable.Range(index, more + 1).Select(k => k == index ? statePart : tokens[k].Text));
            consumed = more + 1;
        }
        state ??= statePart;
        var partyName = text[0] switch
        {
            'R' => "Republican",
            'D' => "Democrat",
            _ => "Independent",
        };
        words = $"{partyName} of {state}";
        return true;
    }
}
