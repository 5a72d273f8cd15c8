using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The shorthand of classified ads, notices and results lines, read only where its place makes it certain: terms after
/// a price ("$900 OBO", "R2.4m neg.", "$420 pw", "R5,200 p.m.", "$24/hr. DOE"), labels before a number or a code
/// ("att. 212", "Conc. 5", "reg. PLK482", "Lic. No. 0457", "txt 027 ..."), a count's unit after it ("8 inn."), rooms
/// glued to their count ("2br", "4-bdrm"), "c/-", "m/l" and "W/D", and a land description's township and range ("T12N,
/// R4W"). Runs after money and telephone numbers are read, so it can ask whether an amount or a number stands beside.
/// </summary>
internal sealed class ListingAbbreviationPass(INumberWords numbers) : TokenPass
{
    public override string Name => "abbreviation";

    /// <summary>Terms of a price, after the amount: said in full, as a newsreader reads an ad.</summary>
    private static readonly Dictionary<string, string> PriceTerms = new(StringComparer.Ordinal)
    {
        ["OBO"] = "or best offer",
        ["obo"] = "or best offer",
        ["o.b.o"] = "or best offer",
        ["ONO"] = "or near offer",
        ["o.n.o"] = "or near offer",
        ["neg"] = "negotiable",
        ["Neg"] = "negotiable",
        ["pw"] = "per week",
        ["p.w"] = "per week",
        ["p.m"] = "per month",
        ["pm"] = "per month",
        ["ea"] = "each",
        ["DOE"] = "depending on experience",
        ["doe"] = "depending on experience",
        ["incl"] = "including",
        ["inc"] = "including",
    };

    /// <summary>Labels before the number or code they introduce: "att. 212", "Conc. 5", "reg. PLK482", "Lic. No. 0457".</summary>
    private static readonly Dictionary<string, string> NumberLabels = new(StringComparer.Ordinal)
    {
        ["att"] = "attendance",
        ["Att"] = "Attendance",
        ["Conc"] = "Concession",
        ["reg"] = "registration",
        ["Reg"] = "Registration",
        ["Lic"] = "License",
        ["lic"] = "license",
        ["div"] = "division",
        ["avg"] = "average",
        ["Avg"] = "Average",
    };

    /// <summary>Ranges of a township or a range in a public-land description: "T12N" is township twelve north.</summary>
    private static readonly Dictionary<char, string> Compass = new() { ['N'] = "North", ['S'] = "South", ['E'] = "East", ['W'] = "West" };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        var hasDot = At(tokens, index + 1) is { Text: ".", SpaceBefore: false };
        var consumed = hasDot ? 2 : 1;
        var next = At(tokens, index + consumed);
        if (token.Kind == TokenKind.Word && PriceTerms.TryGetValue(token.Text, out var term) && AfterAmount(tokens, index)
            && (token.Text is not ("DOE" or "doe") || AfterRate(tokens, index))
            && (token.Text is not ("incl" or "inc") || next is { Kind: TokenKind.Word }))
        {
            // "$900 OBO", "R2.4m neg.", "$420 pw", "R5,200 p.m. incl. water", "$24-$28/hr. DOE": a price's terms.
            replacement = Spoken(tokens, index, consumed, term);
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "conc" or "Conc" } && next is { Kind: TokenKind.Spoken, Class: "money" })
        {
            // "adults $16, conc. $12": a concession ticket's price.
            replacement = Spoken(tokens, index, consumed, token.Text == "conc" ? "concession" : "Concession");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "adj" } && hasDot && next is { Kind: TokenKind.Number } or { Kind: TokenKind.Word, Text: [>= 'A' and <= 'Z', ..] })
        {
            // "land adj. 14 Church Rd": a planning notice's "adjacent to".
            replacement = Spoken(tokens, index, consumed, "adjacent to");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "DOE" } && At(tokens, index - 1) is { Kind: TokenKind.Word } payWord
            && payWord.Text.ToLowerInvariant() is "wage" or "wages" or "salary" or "pay" or "rate" or "remuneration")
        {
            // "salary DOE": the pay is set by the applicant's experience.
            replacement = Spoken(tokens, index, 1, "depending on experience");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "OIRO" or "oiro" } && next is { Kind: TokenKind.Spoken, Class: "money" })
        {
            // "OIRO £310,000": a British asking price, offers in the region of it.
            replacement = Spoken(tokens, index, consumed, "offers in the region of");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "hd" } && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken }
            && NearbyWords.Any(tokens, index, Livestock, before: 3, after: 3))
        {
            // "1,200 hd of steers": a stock sale's count of head.
            replacement = Spoken(tokens, index, consumed, "head");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "Yr" or "yr" } && next is { Kind: TokenKind.Number } schoolYear && schoolYear.Text.Length <= 2 && NumberText.IsPlain(schoolYear.Text))
        {
            // "Yr 9 camp": a school year before its number.
            replacement = Spoken(tokens, index, consumed, token.Text == "Yr" ? "Year" : "year");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "doz" } && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "a" or "per" or "the" } or { Kind: TokenKind.Number or TokenKind.Spoken })
        {
            // "$6 a doz.", "3 doz. eggs": a dozen.
            replacement = Spoken(tokens, index, consumed, "dozen");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "bdrms" or "brms" } && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken } or { Kind: TokenKind.Word, Text: "dbl" })
        {
            // "3 bdrms", "2 dbl bdrms": a listing's bedrooms.
            replacement = Spoken(tokens, index, consumed, "bedrooms");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "dbl" } && next is { Kind: TokenKind.Word } doubled && char.IsLower(doubled.Text[0]))
        {
            // "dbl garage": a listing's double.
            replacement = Spoken(tokens, index, consumed, "double");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "min" or "Min" } && hasDot && next is { Kind: TokenKind.Number }
            && At(tokens, index - 1) is not ({ Kind: TokenKind.Number } or { Kind: TokenKind.Spoken }))
        {
            // "min. 2 nights": a minimum before its number (after a number "min." is minutes).
            replacement = Spoken(tokens, index, consumed, token.Text == "min" ? "minimum" : "Minimum");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "hrs" } && At(tokens, index - 1) is { Kind: TokenKind.Word } usedFor && char.IsLower(usedFor.Text[0])
            && At(tokens, index - 2) is { Kind: TokenKind.Number })
        {
            // "2,850 engine hrs": hours of a machine's use, the noun between the count and its unit.
            replacement = Spoken(tokens, index, consumed, "hours");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "avail" or "Avail" } && hasDot)
        {
            // "avail. 4 Jan.": a let's "available".
            replacement = Spoken(tokens, index, consumed, token.Text == "avail" ? "available" : "Available");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "incl" } && hasDot && next is { Kind: TokenKind.Word or TokenKind.Spoken })
        {
            // "incl. water and lights": "incl." is never anything but "including".
            replacement = Spoken(tokens, index, consumed, "including");
            return consumed;
        }
        if (token.Kind == TokenKind.Word && NumberLabels.TryGetValue(token.Text, out var label) && hasDot
            && (IsNumberOrCode(tokens, index + 2) || token.Text == "Conc" && next is { Kind: TokenKind.Word, Text: "Rd" or "Road" }))
        {
            replacement = Spoken(tokens, index, consumed, label);
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "inn" } && At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" })
        {
            // "Sportsman's Bar 13 (8 inn.)": a game's innings.
            replacement = Spoken(tokens, index, consumed, "innings");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "txt" or "Txt" or "TXT" } && next is { Kind: TokenKind.Spoken, Class: "telephone" })
        {
            // "txt 027 311 8846": a classified's "text" before a mobile number.
            replacement = Spoken(tokens, index, consumed, token.Text == "txt" ? "text" : "Text");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "c" or "C" } && At(tokens, index + 1) is { Text: "/", SpaceBefore: false } && At(tokens, index + 2) is { Text: "-", SpaceBefore: false })
        {
            // "c/- PO Box 318": New Zealand and Australian "care of".
            replacement = Spoken(tokens, index, 3, "care of");
            return 3;
        }
        if (SlashedPair(tokens, index) is { } pair)
        {
            replacement = Spoken(tokens, index, 3, pair);
            return 3;
        }
        if (GluedRooms(tokens, index) is ({ } rooms, var roomTokens))
        {
            replacement = Spoken(tokens, index, roomTokens, rooms);
            return roomTokens;
        }
        if (token is { Kind: TokenKind.Word } && RoomWord(token.Text) is "bedroom" && token.Text != "bed"
            && (token.Text is not ("bd" or "BD") || NearbyWords.AnyOther(tokens, index, k => RoomWord(tokens[k].Text) is "bathroom"))
            && At(tokens, index - 1) is { Kind: TokenKind.Number, Text.Length: 1 or 2 } roomCount && NumberText.IsPlain(roomCount.Text))
        {
            // "2 bdrm., heat included": a listing's bedrooms after their count; "3 brm brick home": singular before what
            // they describe.
            var describes = next is { Kind: TokenKind.Word } described && char.IsLower(described.Text[0]);
            replacement = Spoken(tokens, index, consumed, roomCount.Text == "1" || describes ? "bedroom" : "bedrooms");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word } && RoomWord(token.Text) is "bathroom" && At(tokens, index - 1) is { Kind: TokenKind.Number } bathCount
            && bathCount.Text.All(c => char.IsAsciiDigit(c) || c == '.') && NearbyWords.AnyOther(tokens, index, k => RoomWord(tokens[k].Text) is "bedroom" && tokens[k].Text != "bed" || IsGluedRooms(tokens[k])))
        {
            // "3 BR, 2 BA ranch", "4 BR, 3.5 BA": bathrooms beside a listing's bedrooms.
            replacement = Spoken(tokens, index, consumed, bathCount.Text == "1" ? "bathroom" : "bathrooms");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "apt" } && hasDot && (At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "studio" or "furnished" or "bedroom" }
            || At(tokens, index - 1) is { } roomsBefore && IsGluedRooms(roomsBefore)))
        {
            // "2BR apt., 1 1/2 baths": an apartment after its rooms (before a number "Apt. 4" is the address pass's).
            replacement = Spoken(tokens, index, consumed, "apartment");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "Pty" } && At(tokens, index - 1) is { Text: "(" } && At(tokens, index + 1) is { Text: ")" })
        {
            // "Moolman & Bros. (Pty) Ltd.": South Africa's proprietary company, bracketed.
            replacement = Spoken(tokens, index, 1, "Proprietary");
            return 1;
        }
        if (ResultVerb(tokens, index, hasDot) is { } verb)
        {
            replacement = Spoken(tokens, index, consumed, verb);
            return consumed;
        }
        if (token is { Kind: TokenKind.Word, Text: "x" } && !hasDot && BetweenMeasures(tokens, index))
        {
            // "a 40 ft. x 60 ft. pole barn": the sides of a size.
            replacement = Spoken(tokens, index, 1, "by");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "x" } && !hasDot && IsBreed(At(tokens, index - 1))
            && (At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation, Text: "," or ";" or ")" or "." } || IsBreed(At(tokens, index + 1))
                // "12 Aberdeen Angus x store cattle": before the stock it describes.
                || At(tokens, index + 1) is { Kind: TokenKind.Word } stock && char.IsLower(stock.Text[0]) && NearbyWords.Any(tokens, index, Livestock)))
        {
            // "Kelpie x, red, female", "Angus x Hereford heifers": a crossbred animal, said "cross".
            replacement = Spoken(tokens, index, 1, "cross");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "x" or "X" } && !hasDot && IsLowercaseWord(At(tokens, index - 1)) && IsLowercaseWord(At(tokens, index + 1))
            && (NearbyWords.Any(tokens, index, Livestock) || NearbyWords.Any(tokens, index, AnimalWords)))
        {
            // "blue heeler X kelpie, desexed male": between two breeds written in lower case, in a notice about an animal,
            // the cross of the two ("generation X voters" names no animal).
            replacement = Spoken(tokens, index, 1, "cross");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "N" or "S" or "E" or "W" } && AbbreviationPass.AfterRoadNumber(tokens, index)
            && !(At(tokens, index + consumed) is { Kind: TokenKind.Word } street && char.IsUpper(street.Text[0])) && At(tokens, index + consumed) is not { Kind: TokenKind.Number })
        {
            // "Hwy. 64 W.", "Route 9 N": a road's direction after its number, before the measure pass can take "W" for watts.
            replacement = Spoken(tokens, index, consumed, token.Text switch { "N" => "North", "S" => "South", "E" => "East", _ => "West" });
            return consumed;
        }
        if (token is { Kind: TokenKind.Number } counted && NumberText.Split(counted.Text) is ({ Length: >= 1 and <= 3 } countDigits, "no" or "No")
            && NumberText.IsPlain(countDigits) && At(tokens, index + 1) is { Text: ".", SpaceBefore: false })
        {
            // "erection of 4no. dwellings": British planning copy's count marker, said as the count alone.
            replacement = Spoken(tokens, index, 2, numbers.Cardinal(long.Parse(countDigits, System.Globalization.CultureInfo.InvariantCulture)));
            return 2;
        }
        if (token is { Kind: TokenKind.Word, Text: "exp" } && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "yrs" or "years" or "yr" or "year" or "months" or "mths" })
        {
            // "3-5 yrs exp.": a job ad's experience.
            replacement = Spoken(tokens, index, consumed, "experience");
            return consumed;
        }
        if (token is { Kind: TokenKind.Word } degree && Degree(degree.Text) is { } degreeWords)
        {
            // "B.Com", "M.Sc": a degree's letter and its subject's short form, never a web address.
            replacement = Spoken(tokens, index, 1, degreeWords);
            return 1;
        }
        if (LandDescription(tokens, index) is { } land)
        {
            replacement = Spoken(tokens, index, 1, land);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// "Cambridge d Te Awamutu 5-1", "R. Tamihana def M. Gould 6-4", "Jace Mullin (Tipton) dec. Owen Pace (Marlow), 5-2":
    /// a results line's verb between two names, in a sentence that gives the score.
    /// </summary>
    private static string? ResultVerb(IReadOnlyList<Token> tokens, int index, bool hasDot)
    {
        var verb = (tokens[index].Text, hasDot) switch
        {
            ("d", false) or ("def", false) => "defeated",
            ("dec", true) => "decisioned",
            ("def", true) => "defeated",
            _ => null,
        };
        // "the Mallee Eagles A grade def. Swan Hill": a dotted "def." needs no name straight before it.
        var afterName = At(tokens, index - 1) is { Text: ")" } || At(tokens, index - 1) is { Kind: TokenKind.Word } winner && (IsName(winner.Text) || hasDot);
        var nameFollows = At(tokens, index + (hasDot ? 2 : 1)) is { Kind: TokenKind.Word } loser && IsName(loser.Text);
        var scored = NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Number } && At(tokens, k + 1) is { Text: "-", SpaceBefore: false }
            && At(tokens, k + 2) is { Kind: TokenKind.Number, SpaceBefore: false });
        return verb is not null && afterName && nameFollows && scored ? verb : null;
    }

    private static bool IsName(string word) => char.IsUpper(word[0]) && !CommonWords.Contains(word);

    /// <summary>Words of a stock sale, beside which a breed's "x" is a cross.</summary>
    private static readonly HashSet<string> Livestock = new(StringComparer.OrdinalIgnoreCase)
    {
        "cattle", "heifers", "heifer", "steers", "steer", "bullocks", "bulls", "bull", "cows", "cow", "calves", "calf", "weanlings", "weaners",
        "ewes", "ewe", "lambs", "hoggets", "rams", "sheep", "pups", "puppies", "dog", "bitch", "pigs", "sows", "boars", "stock", "store",
    };

    /// <summary>Words of a notice about a pet or a horse, where a cross of two breeds is named.</summary>
    private static readonly HashSet<string> AnimalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "desexed", "neutered", "spayed", "microchip", "microchipped", "pup", "puppy", "dogs", "kitten", "kittens", "cat", "cats",
        "mare", "gelding", "filly", "colt", "foal", "pony", "breed", "breeder", "litter", "collar",
    };

    private static bool IsLowercaseWord(Token? token) =>
        token is { Kind: TokenKind.Word, SpaceBefore: true } word && word.Text.Length > 2 && word.Text.All(char.IsAsciiLetterLower);

    /// <summary>Units a size's sides are written in: "40 ft. x 60 ft.", "12 m x 8 m".</summary>
    private static readonly HashSet<string> SideUnits = new(StringComparer.Ordinal) { "ft", "in", "yd", "m", "cm", "mm", "feet", "foot", "inches", "metres", "meters" };

    /// <summary>Whether "x" at <paramref name="index"/> joins two sides: a number and its unit before it, a number after it.</summary>
    private static bool BetweenMeasures(IReadOnlyList<Token> tokens, int index)
    {
        var k = At(tokens, index - 1) is { Text: ".", SpaceBefore: false } ? index - 2 : index - 1;
        return At(tokens, k) is { Kind: TokenKind.Word } unit && SideUnits.Contains(unit.Text) && At(tokens, k - 1) is { Kind: TokenKind.Number }
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true };
    }

    /// <summary>"B.Com" -> "B Com", "M.Sc" -> "M Sc": a bachelor's or master's degree written with a stop inside.</summary>
    private static string? Degree(string text) =>
        text.Split('.') is [var level, var subject] && level is "B" or "M" && subject is "Com" or "Sc" or "Ed" or "Tech" or "Pharm" or "Arch" or "Phil" or "Lib"
            ? $"{level} {subject}"
            : null;

    /// <summary>A breed's name, capitalised, either side of a cross's "x".</summary>
    private static bool IsBreed(Token? token) => token is { Kind: TokenKind.Word } breed && breed.Text.Length > 2 && IsName(breed.Text);

    /// <summary>Whether an amount of money stands right before <paramref name="index"/>, past a rate's slash and unit.</summary>
    private static bool AfterAmount(IReadOnlyList<Token> tokens, int index)
    {
        var k = index - 1;
        // "$24-$28/hr. DOE": skip the rate's stop; "R2,4-million, neg.": and a comma after the price.
        if (At(tokens, k) is { Text: "." or "," })
        {
            k--;
        }
        return At(tokens, k) is { Kind: TokenKind.Spoken, Class: "money" };
    }

    /// <summary>"$24/hr. DOE", "$52,000 a year DOE": pay, whose amount is said per hour or per year.</summary>
    private static bool AfterRate(IReadOnlyList<Token> tokens, int index)
    {
        var k = At(tokens, index - 1) is { Text: "." } ? index - 2 : index - 1;
        return At(tokens, k) is { Kind: TokenKind.Spoken, Class: "money" } pay
            && pay.Words.Count >= 2 && pay.Words[^1] is "hour" or "year" or "annum" or "week";
    }

    private static bool IsNumberOrCode(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Number or TokenKind.Spoken }
        || At(tokens, index) is { Kind: TokenKind.Word } code && code.Text.Any(char.IsAsciiDigit) && code.Text.Any(char.IsAsciiLetterUpper)
        // "Lic. No. 0457": the label before "No." and its number.
        || At(tokens, index) is { Kind: TokenKind.Word, Text: "No" or "no" } && At(tokens, index + 1) is { Text: "." } && At(tokens, index + 2) is { Kind: TokenKind.Number };

    /// <summary>
    /// "80 acres m/l" (more or less, after a measure of land) and "W/D hookup" (washer and dryer, before a hookup or a
    /// connection), each said as the ad means it.
    /// </summary>
    private static string? SlashedPair(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index + 1) is not { Text: "/", SpaceBefore: false } || At(tokens, index + 2) is not { Kind: TokenKind.Word, SpaceBefore: false } second
            || At(tokens, index + 3) is { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number })
        {
            return null;
        }
        return (tokens[index].Text, second.Text) switch
        {
            ("m", "l") or ("M", "L") when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "acres" or "acre" or "hectares" or "ha" } => "more or less",
            ("p", "h") or ("p", "hr") when AfterAmount(tokens, index) => "per hour",
            // Indian death notices: "w/o late Shri R. K. Sharma", "s/o", "d/o".
            ("w", "o") or ("s", "o") or ("d", "o") when At(tokens, index + 3) is { Kind: TokenKind.Word } kin && (char.IsUpper(kin.Text[0]) || kin.Text == "late") =>
                tokens[index].Text switch { "w" => "wife of", "s" => "son of", _ => "daughter of" },
            // "levy R1,650 p/m", "16 hrs p/w": per month and per week after an amount or a count of hours.
            ("p", "m") when AfterAmount(tokens, index) => "per month",
            ("p", "w") when AfterAmount(tokens, index) || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "hrs" or "hours" or "days" or "shifts" } => "per week",
            ("W", "D") or ("w", "d") when At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "hookup" or "hookups" or "hook-up" or "hook-ups" or "connections" or "included" } =>
                "washer and dryer",
            _ => null,
        };
    }

    /// <summary>
    /// "2br unit", "4-bdrm weatherboard": a listing's bedrooms written against their count; said as the number and
    /// "bedroom", singular as a listing's adjective.
    /// </summary>
    private (string? Words, int Tokens) GluedRooms(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is { Kind: TokenKind.Number } glued && NumberText.Split(glued.Text) is ({ Length: 1 or 2 } digits, var suffix)
            && NumberText.IsPlain(digits) && RoomWord(suffix) is { } room && suffix != "bed"
            // "4BR/3BA" is read whole by the slash pass.
            && At(tokens, index + 1) is not { Text: "/", SpaceBefore: false } && !(At(tokens, index - 1) is { Text: "/" } && !glued.SpaceBefore))
        {
            // "2br unit": before what it describes the count's room is singular; "the flat has 2bd." counts rooms.
            var value = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            var describes = At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } described && char.IsLetter(described.Text[0]);
            return ($"{numbers.Cardinal(value)} {room}{(describes || value == 1 ? "" : "s")}", 1);
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: 1 or 2 } count && NumberText.IsPlain(count.Text)
            && At(tokens, index + 1) is { Text: "-", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } hyphened
            && RoomWord(hyphened.Text) is { } hyphenedRoom && hyphened.Text != "bed")
        {
            return ($"{numbers.Cardinal(int.Parse(count.Text, System.Globalization.CultureInfo.InvariantCulture))}-{hyphenedRoom}", 3);
        }
        return (null, 0);
    }

    /// <summary>"2BR", "3bdrm": a count with its rooms glued on.</summary>
    private static bool IsGluedRooms(Token token) =>
        token.Kind == TokenKind.Number && NumberText.Split(token.Text) is ({ Length: 1 or 2 }, var suffix) && RoomWord(suffix) is not null && suffix != "bed";

    private static string? RoomWord(string text) => text switch
    {
        "br" or "BR" or "bdrm" or "bdr" or "brm" or "bd" or "BD" or "bed" => "bedroom",
        "ba" or "BA" or "bth" => "bathroom",
        _ => null,
    };

    /// <summary>
    /// "Sec. 14, T12N, R4W": a US public-land description's township and range, said "Township twelve North, Range four
    /// West"; only where both are in the sentence, so a lone "T12N" stays a code.
    /// </summary>
    private string? LandDescription(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Word } word || TownshipOrRange(word.Text) is not ({ } kind, var number, var direction))
        {
            return null;
        }
        var other = kind == "Township" ? "Range" : "Township";
        if (!NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Word } t && TownshipOrRange(t.Text).Kind == other))
        {
            return null;
        }
        return $"{kind} {numbers.Cardinal(number)} {direction}";
    }

    private static (string? Kind, int Number, string Direction) TownshipOrRange(string text)
    {
        if (text.Length is < 3 or > 5 || text[0] is not ('T' or 'R') || !Compass.TryGetValue(text[^1], out var direction)
            || !text[1..^1].All(char.IsAsciiDigit))
        {
            return (null, 0, "");
        }
        var township = text[0] == 'T';
        // A township runs north or south of its base line, a range east or west of its meridian.
        if (township != (text[^1] is 'N' or 'S'))
        {
            return (null, 0, "");
        }
        return (township ? "Township" : "Range", int.Parse(text[1..^1], System.Globalization.CultureInfo.InvariantCulture), direction);
    }
}
