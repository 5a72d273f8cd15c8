using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Street addresses: "123 Main St." -> "one twenty-three Main Street", "708 N 1st St" -> "seven oh eight North
/// first Street", "1211 E Arques Ave" -> "twelve eleven East Arques Avenue". A house number is read the way
/// people say it, in pairs, never as a quantity. The street type is what makes it an address, so "123 people"
/// never matches.
/// </summary>
internal sealed class AddressPass(INumberWords numbers) : TokenPass
{
    private static readonly Dictionary<string, string> StreetTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["St"] = "Street",
        ["Ave"] = "Avenue",
        ["Blvd"] = "Boulevard",
        ["Rd"] = "Road",
        ["Ct"] = "Court",
        ["Ln"] = "Lane",
        ["Dr"] = "Drive",
        ["Pl"] = "Place",
        ["Pkwy"] = "Parkway",
        ["Hwy"] = "Highway",
        ["Expy"] = "Expressway",
        ["Fwy"] = "Freeway",
        ["Ter"] = "Terrace",
        ["Cir"] = "Circle",
        ["Sq"] = "Square",
        ["Street"] = "Street",
        ["Avenue"] = "Avenue",
        ["Road"] = "Road",
        ["Boulevard"] = "Boulevard",
        ["Lane"] = "Lane",
        ["Drive"] = "Drive",
        ["Court"] = "Court",
        ["Way"] = "Way",
        ["Place"] = "Place",
        ["Highway"] = "Highway",
    };

    private static readonly Dictionary<string, string> Directions = new(StringComparer.Ordinal)
    {
        ["N"] = "North",
        ["S"] = "South",
        ["E"] = "East",
        ["W"] = "West",
        ["NE"] = "Northeast",
        ["NW"] = "Northwest",
        ["SE"] = "Southeast",
        ["SW"] = "Southwest",
    };

    /// <summary>At most this many name words between the number and the street type ("San Tomas").</summary>
    private const int MaxNameWords = 3;

    public override string Name => "address";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var number = tokens[index];
        if (number.Kind == TokenKind.Word)
        {
            return RoadWithoutHouse(tokens, index, out replacement);
        }
        if (number.Kind != TokenKind.Number || !NumberText.IsPlain(number.Text) || number.Text.Length > 5)
        {
            return 0;
        }
        var words = new List<string> { HouseNumber(number.Text) };
        var i = index + 1;
        if (At(tokens, i) is { Kind: TokenKind.Punctuation, Text: "-" or "–", SpaceBefore: false }
            && At(tokens, i + 1) is { Kind: TokenKind.Number, SpaceBefore: false } last && NumberText.IsPlain(last.Text) && last.Text.Length <= 5)
        {
            // "48-52 Marlow St": a span of house numbers, "forty-eight to fifty-two Marlow Street".
            words.Add("to");
            words.Add(HouseNumber(last.Text));
            i += 2;
        }
        var dottedCompass = false;
        if (At(tokens, i) is { Kind: TokenKind.Word } direction && Directions.TryGetValue(direction.Text, out var compass))
        {
            words.Add(compass);
            i++;
            if (direction.Text.Length == 1 && At(tokens, i) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false })
            {
                // "2217 N. Clark St.": the compass letter's own period.
                i++;
                dottedCompass = true;
            }
        }
        if (NumberedRoad(tokens, i) is ({ } road, var roadUsed))
        {
            // "4410 Cty. Rd. 19", "8800 W. Hwy. 61": a house number on a numbered road; the road's own number is read after.
            words.Add(road);
            replacement = Spoken(tokens, index, i - index + roadUsed, string.Join(' ', words));
            return i - index + roadUsed;
        }
        var names = 0;
        while (names < MaxNameWords && At(tokens, i) is { } name && IsStreetName(name) && !IsStreetType(tokens, i, names))
        {
            // "12 Mt Albert Rd", "5 St Marks Pl", "1417 Mt. Vernon Ave.": a name's first word abbreviates the mountain or the
            // saint it is named for, with or without its stop.
            var dotted = At(tokens, i + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false };
            var saintOrMount = names == 0 && name.Text is "Mt" or "St" && At(tokens, dotted ? i + 2 : i + 1) is { Kind: TokenKind.Word } named && char.IsUpper(named.Text[0]);
            var nameWord = saintOrMount ? (name.Text == "Mt" ? "Mount" : "Saint") : name.Text;
            words.Add(name.Kind == TokenKind.Number ? numbers.Ordinal(long.Parse(NumberText.Split(name.Text).Digits, System.Globalization.CultureInfo.InvariantCulture)) : nameWord);
            names++;
            i += saintOrMount && dotted ? 2 : 1;
        }
        if (names is 1 or 2 && dottedCompass && !IsStreetType(tokens, i, names) && At(tokens, i) is null or { Kind: TokenKind.Punctuation, Text: "." or "," or ";" or ")" })
        {
            // "City Hall, 101 W. Main.", "512 S. Poplar;": a house number and a dotted compass letter before a name make an
            // address in small-town copy even where the street's type is left off.
            replacement = Spoken(tokens, index, i - index, string.Join(' ', words));
            return i - index;
        }
        if (names == 0 || !IsStreetType(tokens, i, names))
        {
            return 0;
        }
        words.Add(StreetTypes[tokens[i].Text]);
        i++;
        // "Elm St." : the period belongs to the abbreviation (a sentence-ending one is implied by the reading).
        if (At(tokens, i) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore && tokens[i - 1].Text.Length <= 4)
        {
            i++;
        }
        replacement = Spoken(tokens, index, i - index, string.Join(' ', words));
        return i - index;
    }

    /// <summary>Words before a road that say where something is on it ("a crash on CR 12").</summary>
    private static readonly HashSet<string> RoadPrepositions = new(StringComparer.Ordinal) { "on", "off", "along", "at", "onto", "via", "near", "of" };

    /// <summary>
    /// Words of roads and their works: "the repaving of CR 12", "CR 40 is closed to traffic at the junction".
    /// </summary>
    private static readonly HashSet<string> RoadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "road", "roads", "roadwork", "roadworks", "highway", "intersection", "junction", "traffic", "motorists", "drivers", "detour",
        "resurfacing", "resurface", "resurfaced", "paving", "repaving", "repaved", "paved", "pothole", "potholes", "culvert", "bridge",
        "northbound", "southbound", "eastbound", "westbound", "lane", "lanes", "mile", "miles", "crash",
    };

    /// <summary>"at CR 7 and Hwy 30": another numbered road in the sentence makes the county road's label a road too.</summary>
    private static bool IsOtherNumberedRoad(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Word, Text: "Hwy" or "Highway" or "Route" or "Rte" or "SR" or "US" or "I" or "Interstate" or "Road" or "CR" }
        && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: true } number && NumberText.IsPlain(number.Text);

    /// <summary>
    /// "W. Hwy. 61": a compass word before a numbered road; "on CR 12", "Cty. Rd. 19": a county road before its number.
    /// Only the words are read here; the road's number is left for the number passes.
    /// </summary>
    private int RoadWithoutHouse(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var word = tokens[index];
        if (Directions.TryGetValue(word.Text, out var compass))
        {
            var at = At(tokens, index + 1) is { Text: ".", SpaceBefore: false } && word.Text.Length == 1 ? index + 2 : index + 1;
            if (NumberedRoad(tokens, at) is ({ } road, var used))
            {
                replacement = Spoken(tokens, index, at - index + used, $"{compass} {road}");
                return at - index + used;
            }
            return 0;
        }
        if (NumberedRoad(tokens, index) is ({ } county, var countyUsed)
            && (word.Text is "Cty" or "Co" or "County" || At(tokens, index - 1) is { Kind: TokenKind.Word } before && RoadPrepositions.Contains(before.Text)
                || NearbyWords.Any(tokens, index, RoadWords) || NearbyWords.AnyOther(tokens, index, k => IsOtherNumberedRoad(tokens, k))))
        {
            if (county == "County Road" && CompassAfterRoadNumber(tokens, index + countyUsed) is ({ } bearing, var bearingUsed))
            {
                // "Co. Rd. 200 E": the county grid's bearing after the road's number is part of its name.
                var roadNumber = numbers.Cardinal(int.Parse(tokens[index + countyUsed].Text, System.Globalization.CultureInfo.InvariantCulture));
                replacement = Spoken(tokens, index, countyUsed + 1 + bearingUsed, $"{county} {roadNumber} {bearing}");
                return countyUsed + 1 + bearingUsed;
            }
            replacement = Spoken(tokens, index, countyUsed, county);
            return countyUsed;
        }
        return 0;
    }

    /// <summary>
    /// "County Road 200 E will close", "CR 450 N.": a lone compass capital after a county road's number (with its own full stop,
    /// if any) names the road on the county's grid; a capitalised word right after it would make it an initial of a name instead.
    /// Returns the bearing and the tokens it takes after the number.
    /// </summary>
    private static (string? Bearing, int Used) CompassAfterRoadNumber(IReadOnlyList<Token> tokens, int numberAt)
    {
        if (At(tokens, numberAt + 1) is not { Kind: TokenKind.Word, SpaceBefore: true, Text: "N" or "S" or "E" or "W" } letter)
        {
            return (null, 0);
        }
        // The letter's full stop is left in place: it may end the sentence too ("closed at CR 450 N. Crews ...").
        var namesFollow = At(tokens, numberAt + 2) is { Kind: TokenKind.Word } word && char.IsUpper(word.Text[0]);
        return namesFollow ? (null, 0) : (Directions[letter.Text], 1);
    }

    /// <summary>
    /// A numbered road's type before its number: "Cty. Rd.", "Co Rd", "CR" -> "County Road", "Hwy." -> "Highway", "Rte."
    /// -> "Route"; with how many tokens the words take.
    /// </summary>
    private static (string? Road, int Used) NumberedRoad(IReadOnlyList<Token> tokens, int at)
    {
        var i = at;
        string road;
        if (At(tokens, i) is { Kind: TokenKind.Word, Text: "Cty" or "Co" or "County" })
        {
            i = Dotted(tokens, i + 1);
            if (At(tokens, i) is not { Kind: TokenKind.Word, Text: "Rd" or "Road" })
            {
                return (null, 0);
            }
            i = Dotted(tokens, i + 1);
            road = "County Road";
        }
        else if (At(tokens, i) is { Kind: TokenKind.Word, Text: "CR" or "Hwy" or "Rte" or "Rt" } type)
        {
            i = type.Text == "CR" ? i + 1 : Dotted(tokens, i + 1);
            road = type.Text switch { "CR" => "County Road", "Hwy" => "Highway", _ => "Route" };
        }
        else
        {
            return (null, 0);
        }
        return At(tokens, i) is { Kind: TokenKind.Number, SpaceBefore: true } roadNumber && NumberText.IsPlain(roadNumber.Text) && roadNumber.Text.Length <= 4
            ? (road, i - at)
            : (null, 0);
    }

    /// <summary>The index after an abbreviation's own full stop at <paramref name="i"/>, if it has one.</summary>
    private static int Dotted(IReadOnlyList<Token> tokens, int i) => At(tokens, i) is { Text: ".", SpaceBefore: false } ? i + 1 : i;

    /// <summary>A capitalised name word or an ordinal street number ("1st", "42nd").</summary>
    private static bool IsStreetName(Token token) =>
        (token.Kind == TokenKind.Word && char.IsUpper(token.Text[0]))
        || (token.Kind == TokenKind.Number && NumberText.Split(token.Text) is var (digits, suffix)
            && OrdinalPass.IsOrdinalSuffix(suffix) && NumberText.IsPlain(digits) && digits.Length <= 3);

    /// <summary>
    /// A street type after at least one name word. An abbreviated type before a capitalised word is a name ("5 St
    /// Marks Pl": "St" there is "Saint"), so it does not end the street name.
    /// </summary>
    private static bool IsStreetType(IReadOnlyList<Token> tokens, int i, int names) =>
        names > 0 && At(tokens, i) is { Kind: TokenKind.Word } type && StreetTypes.TryGetValue(type.Text, out var full)
        && (string.Equals(full, type.Text, StringComparison.OrdinalIgnoreCase)
            || At(tokens, i + 1) is not { Kind: TokenKind.Word } next || !char.IsUpper(next.Text[0]));

    /// <summary>"2" -> "two", "123" -> "one twenty-three", "708" -> "seven oh eight", "2788" -> "twenty-seven eighty-eight".</summary>
    private string HouseNumber(string digits)
    {
        var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length switch
        {
            _ when digits[0] == '0' => numbers.Digits(digits),
            <= 2 => numbers.Cardinal(value),
            3 => value % 100 == 0 ? numbers.Cardinal(value)
                : value % 100 < 10 ? $"{numbers.Cardinal(value / 100)} oh {numbers.Cardinal(value % 100)}"
                : $"{numbers.Cardinal(value / 100)} {numbers.Cardinal(value % 100)}",
            4 => numbers.Year(value),
            _ => numbers.Digits(digits),
        };
    }
}
