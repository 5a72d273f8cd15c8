using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Titles and common abbreviations: "Dr. Smith" -> "Doctor Smith", "St. Louis" -> "Saint Louis" but "Main St."
/// -> "Main Street", "No. 3" -> "number 3", "vs." -> "versus". A title is read as a title only before a name.
/// </summary>
internal sealed class AbbreviationPass : TokenPass
{
    public override string Name => "abbreviation";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var word = tokens[index];
        if (word is { Text: "-", SpaceBefore: false } && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "y-o" or "yo", SpaceBefore: false }
            && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken })
        {
            // "The 5-y-o carries 11st": racing's and obituaries' year-old, its hyphen with it.
            replacement = Spoken(tokens, index, 2, "year-old");
            return 2;
        }
        if (word is { Kind: TokenKind.Number, Text: [>= '2' and <= '4', 'O', 'T'] } periods && At(tokens, index - 1) is { Text: "(" } && At(tokens, index + 1) is { Text: ")" })
        {
            // "Saskatchewan 28 (2OT)": a result after two or more overtimes, as broadcasters say it.
            replacement = Spoken(tokens, index, 1, periods.Text[0] switch { '2' => "double overtime", '3' => "triple overtime", _ => "quadruple overtime" });
            return 1;
        }
        if (word.Kind != TokenKind.Word)
        {
            return 0;
        }
        var hasDot = At(tokens, index + 1) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore;
        var afterIndex = hasDot ? index + 2 : index + 1;
        var next = At(tokens, afterIndex);
        var consumed = hasDot ? 2 : 1;
        // "Mr. and Mrs. Lee": a title before "and" and another title shares their name.
        var titleShared = next is { Kind: TokenKind.Word, Text: "and" or "&" } && At(tokens, afterIndex + 1) is { Kind: TokenKind.Word } other && Abbreviations.Titles.ContainsKey(other.Text);
        var nameFollows = (next is { Kind: TokenKind.Word } && char.IsUpper(next.Text[0]))
            || titleShared
            // "Sgt. 1st Class": a rank before an ordinal.
            || (hasDot && next is { Kind: TokenKind.Spoken, Class: "ordinal" })
            // "Gen. (ret.) Haskell": a retired officer's title before the bracketed "ret." and the name.
            || (hasDot && next is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, afterIndex + 1) is { Kind: TokenKind.Word, Text: "ret" or "Ret" })
            // "Dr. (Mrs.) Ana Roy": a title before a second title in brackets, and the bracketed title before the name.
            || (hasDot && next is { Text: "(" } && At(tokens, afterIndex + 1) is { Kind: TokenKind.Word } inner && Abbreviations.Titles.ContainsKey(inner.Text)
                && At(tokens, afterIndex + 2) is { Text: "." } && At(tokens, afterIndex + 3) is { Text: ")" })
            || (hasDot && next is { Text: ")" } && At(tokens, index - 1) is { Text: "(" } && At(tokens, index - 2) is { Text: "." }
                && At(tokens, afterIndex + 1) is { Kind: TokenKind.Word } bracketed && char.IsUpper(bracketed.Text[0]));
        if (word.Text is "H.S" or "HS" && (hasDot || word.Text == "HS") && At(tokens, index - 1) is { Kind: TokenKind.Word } school
            && char.IsUpper(school.Text[0]) && school.Text.Skip(1).Any(char.IsLower) && !Abbreviations.Titles.ContainsKey(school.Text))
        {
            // "Ridgeview H.S. gym", "Carver HS": after a capitalised name, a high school.
            var used = word.Text == "H.S" && hasDot ? 2 : 1;
            replacement = Spoken(tokens, index, used, "High School");
            return used;
        }

        // "No. 12", "Bill No. 1187" (a four-digit number the year pass has read), "No. 10 Downing St." (read as an address),
        // and "Case No. CR-2025-0419": a code of capitals and digits (read as a serial, or left for its letters and digits to
        // be said) is the number too, though it starts with a capital as a name would.
        if (word.Text is "No" or "Nos" && hasDot && (next is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "address" or "year" or "docket" or "serial" }
            || IsCapitalsAndDigitsCode(next))
            // "record no. 2025/118": in lower case only before a code already read as one, since "said no. 5 ..." may be a word.
            || word.Text is "no" or "nos" && hasDot && next is { Kind: TokenKind.Spoken, Class: "docket" or "serial" })
        {
            replacement = Spoken(tokens, index, consumed, word.Text is "No" or "no" ? "number" : "numbers");
            return consumed;
        }
        if (hasDot && DottedStreetTypes.TryGetValue(word.Text, out var streetType) && CityQuarter(tokens, afterIndex) is ({ } quarter, var quarterUsed)
            && (At(tokens, index - 1) is { Kind: TokenKind.Word } streetName && char.IsUpper(streetName.Text[0]) && !Abbreviations.Titles.ContainsKey(streetName.Text)
                || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" }))
        {
            // "King St. W.", "Lake Dr. NE.", "Corvale St. N.E.", "2nd Ave. S.W.": a street's type and its quarter of the
            // city, not a saint or a doctor before an initial.
            replacement = Spoken(tokens, index, 2 + quarterUsed, $"{streetType} {quarter}");
            return 2 + quarterUsed;
        }
        if (hasDot && word.Text is "N" or "S" or "E" or "W" or "NE" or "NW" or "SE" or "SW" && !nameFollows
            && (AfterRoadNumber(tokens, index) || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "address" } address && address.Words[^1] is "Avenue" or "Street" or "Boulevard" or "Road" or "Drive"))
        {
            // "3300 Hwy. 61 N.", "Route 9 S.": a road's direction after its number; "2418 Chicago Ave. S.": a street's
            // quarter after an address already read.
            replacement = Spoken(tokens, index, consumed, Quarter(word.Text));
            return consumed;
        }
        if (word.Text is "St" or "Dr" or "Av" && hasDot && (!nameFollows || titleShared) && At(tokens, index - 1) is { Kind: TokenKind.Word } before && char.IsUpper(before.Text[0])
            && !Abbreviations.Titles.ContainsKey(before.Text))
        {
            // "Water St.", "lives on Kingsley Dr. near the park", "Bedford Av.": after a street's name and not before a
            // person's, the street type; "Ohio St. 31, Michigan St. 17": before a result's score, a state university.
            var scoreFollows = word.Text == "St" && next is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" };
            replacement = Spoken(tokens, index, consumed, word.Text switch { "St" => scoreFollows ? "State" : "Street", "Dr" => "Drive", _ => "Avenue" });
            return consumed;
        }
        if ((!hasDot && word.Text is "def" or "d" || hasDot && word.Text == "def") && nameFollows
            && (At(tokens, index - 1) is { Text: ")" }
                // "Mudgee 30 d Orange 12": a results line's winner, its score, then the loser.
                || At(tokens, index - 1) is { Kind: TokenKind.Number } && At(tokens, index - 2) is { Kind: TokenKind.Word } scoringSide && char.IsUpper(scoringSide.Text[0])))
        {
            // "Brisbane Heat 7-184 (20 overs) def Sydney Sixers", "Collingwood 14.12 (96) d Carlton", "12.9 (81) def.
            // Carlton": an agate result's "defeated" after the bracketed total, with or without its stop.
            replacement = Spoken(tokens, index, consumed, "defeated");
            return consumed;
        }
        if (word.Text == "v" && nameFollows && (At(tokens, index - 1) is { Kind: TokenKind.Word } side && char.IsUpper(side.Text[0]) || At(tokens, index - 1) is { Text: ")" }))
        {
            // "Chiefs v Brumbies", "R v Patel", "Glamorgan 402-8 dec (K Rees 144) v Sussex": a fixture's or a case's two
            // sides.
            replacement = Spoken(tokens, index, consumed, "versus");
            return consumed;
        }
        if (hasDot && word.Text == "def" && At(tokens, index - 1) is { Kind: TokenKind.Word } winner && char.IsUpper(winner.Text[0]) && nameFollows)
        {
            // "Vasquez def. Holm 6-4": a result line's "defeated".
            replacement = Spoken(tokens, index, consumed, "defeated");
            return consumed;
        }
        if (hasDot && word.Text is "est" or "Est" && (next is { Kind: TokenKind.Spoken, Class: "year" } || next is { Kind: TokenKind.Number } || next is { Kind: TokenKind.Spoken, Class: "cardinal" }))
        {
            // "The mill, est. 1887": founded in a year; "an est. 2,000 people": an estimate.
            var founded = next is { Kind: TokenKind.Spoken, Class: "year" } || next is { Kind: TokenKind.Number, Text: ['1' or '2', _, _, _] year } && NumberText.IsPlain(year);
            var said = founded ? "established" : "estimated";
            replacement = Spoken(tokens, index, consumed, word.Text == "Est" ? char.ToUpperInvariant(said[0]) + said[1..] : said);
            return consumed;
        }
        if (PitcherLabel(tokens, index) is { } label)
        {
            // "W: Haskell (7-3). L: Brennan (4-6). Sv: Oduya (12).": a box score's pitchers of record.
            replacement = Spoken(tokens, index, 1, label);
            return 1;
        }
        if (PublicLaw(tokens, index) is > 0 and var lawTokens)
        {
            replacement = Spoken(tokens, index, lawTokens, "Public Law");
            return lawTokens;
        }
        if (word.Text is "Sr" or "Jr" && hasDot && next is { Kind: TokenKind.Word } job && SeniorityJobs.Contains(job.Text))
        {
            // "Sr. Vice President Ana Lee", "a Sr. Editor": seniority in a job title, not a religious sister.
            replacement = Spoken(tokens, index, consumed, word.Text == "Sr" ? "Senior" : "Junior");
            return consumed;
        }
        if (Abbreviations.Titles.TryGetValue(word.Text, out var title) && nameFollows && (hasDot || word.Text is "Mr" or "Mrs" or "Ms" or "Dr" || UndottedTitles.Contains(word.Text)
            // "St Aldric's Park", "Mt Kessaro": British copy drops the full stop; before a name, and not after one (where
            // "St" would be a street's type), they are the saint and the mountain.
            || (word.Text is "St" or "Mt" && At(tokens, index - 1) is not { Kind: TokenKind.Word } && At(tokens, index - 1) is not { Kind: TokenKind.Spoken }
                || word.Text is "St" or "Mt" && At(tokens, index - 1) is { Kind: TokenKind.Word } lower && (char.IsLower(lower.Text[0]) || lower.Text is "The")
                // "Ashford St Mary", "Bury St Edmunds": a place named for a saint, between two names and undotted.
                || word.Text is "St" && !hasDot && At(tokens, index - 1) is { Kind: TokenKind.Word } town && char.IsUpper(town.Text[0]) && !CommonWords.Contains(town.Text))))
        {
            replacement = Spoken(tokens, index, consumed, title);
            return consumed;
        }
        if (hasDot && !nameFollows && (TitleWithoutName(tokens, index, word.Text) ?? RankAsComplement(tokens, index, word.Text, next)) is { } office)
        {
            // "the Gov. next", "the ship's capt. said": a title after a determiner or a possessive names an office.
            replacement = Spoken(tokens, index, consumed, office);
            return consumed;
        }
        if (hasDot && word.Text is "ret" or "Ret" && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" })
        {
            // "Gen. (ret.) Haskell": retired.
            replacement = Spoken(tokens, index, consumed, "retired");
            return consumed;
        }
        if (hasDot && word.Text is "min" or "max" && At(tokens, index - 1) is { Kind: TokenKind.Word } determiner && Determiners.Words.Contains(determiner.Text)
            && next is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsLower))
        {
            // "the min. wage", "a max. speed": before a noun after a determiner these are adjectives, not minutes.
            replacement = Spoken(tokens, index, consumed, word.Text == "min" ? "minimum" : "maximum");
            return consumed;
        }
        if (FederalRules(tokens, index) is ( > 0 and var ruleTokens, var rules))
        {
            replacement = Spoken(tokens, index, ruleTokens, rules);
            return ruleTokens;
        }
        var afterName = At(tokens, index - 1) is { Kind: TokenKind.Word } previous && char.IsUpper(previous.Text[0]);
        // "King Jr. spoke", "Davis Sr.": a generational suffix after a name, whatever follows it.
        if (hasDot && word.Text is "Jr" or "Sr" && afterName && !nameFollows)
        {
            replacement = Spoken(tokens, index, consumed, word.Text == "Jr" ? "Junior" : "Senior");
            return consumed;
        }
        // "vol. 3", "p. 12", "pp. 10-12", "ch. 3", "fig. 2": reference words before a page, volume or chapter number.
        // "Vol. II", "Ch. IV": a Roman numeral after the reference word is its number; "Ste. 1200" after the address
        // pass has read the number.
        var numberFollows = next is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "section" or "cardinal" or "address" or "year" }
            // "av. 386 kg": an average before a measure already read.
            || word.Text is "av" or "Av" && next is { Kind: TokenKind.Spoken, Class: "measure" or "money" }
            || (next is { Kind: TokenKind.Word } numeral && word.Text is "vol" or "Vol" or "ch" or "Ch" or "Art" or "Pt" or "Div" && IsRoman(numeral.Text));
        if (hasDot && word.Text == "pp" && At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" } && !numberFollows)
        {
            // "runs to 480 pp.": a page count after its number.
            replacement = Spoken(tokens, index, consumed, "pages");
            return consumed;
        }
        if (hasDot && numberFollows && word.Text == "Sec" && IsSector(tokens, afterIndex))
        {
            // "Sec. 22, Chandigarh", "Sec. 15 market", "Sec. 21-C": an Indian city's sector, not a law's section.
            replacement = Spoken(tokens, index, consumed, "Sector");
            return consumed;
        }
        if (hasDot && numberFollows && word.Text is "vol" or "Vol" or "Vols" or "vols" or "p" or "pp" or "ch" or "Ch" or "fig" or "Fig" or "Cat" or "cat" or "ext" or "Ext" or "Prop" or "Apt" or "apt" or "Ste" or "Rm" or "Bldg" or "Art" or "Arts" or "Rte" or "Sec" or "Secs" or "Para" or "para" or "Sect" or "Sects" or "Pt" or "Div" or "Br" or "av" or "Av" or "Wk" or "wk"
            || !hasDot && numberFollows && word.Text is "Rm" or "Wk" or "wk")
        {
            var reference = word.Text switch
            {
                "p" => "page",
                "pp" => "pages",
                "ch" => "chapter",
                "Ch" => "Chapter",
                "fig" => "figure",
                "Fig" => "Figure",
                "Cat" or "cat" => "Category",
                "ext" or "Ext" => "extension",
                "Prop" => "Proposition",
                "Apt" or "apt" => "apartment",
                "Ste" => "Suite",
                "Rm" => "Room",
                "Bldg" => "Building",
                "Art" => "Article",
                "Arts" => "Articles",
                "Rte" => "Route",
                "Sec" or "Sect" => "Section",
                "Secs" or "Sects" => "Sections",
                "Pt" => "Part",
                "Para" or "para" => "paragraph",
                "Vols" => "Volumes",
                // "the Div. II title", "Legion Br. 88": a league's division and a club's branch by number.
                "Div" => "Division",
                "Br" => "Branch",
                // "av. 386 kg": a sale's average; "in Wk 48": a week by its number.
                "av" => "average",
                "Av" => "Average",
                "Wk" => "Week",
                "wk" => "week",
                "vols" => "volumes",
                _ => "volume",
            };
            replacement = Spoken(tokens, index, consumed, reference);
            return consumed;
        }
        // "in the 89th min.": a match minute after an ordinal.
        if (hasDot && word.Text == "min" && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" })
        {
            replacement = Spoken(tokens, index, consumed, "minute");
            return consumed;
        }
        // "35 deg C", "a 2 deg. rise": the degree abbreviated after a number.
        if (word.Text == "deg" && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken })
        {
            var scale = At(tokens, afterIndex) is { Kind: TokenKind.Word, Text: "C" or "F" } letter ? letter.Text : null;
            var one = At(tokens, index - 1) is { Text: "1" } or { Words: ["one"] };
            var degrees = one ? "degree" : "degrees";
            replacement = Spoken(tokens, index, consumed + (scale is null ? 0 : 1), scale is null ? degrees : $"{degrees} {(scale == "F" ? "Fahrenheit" : "Celsius")}");
            return consumed + (scale is null ? 0 : 1);
        }
        // "104 degrees F": the scale letter after "degrees".
        if (word.Text is "F" or "C" && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "degrees" or "degree" })
        {
            replacement = Spoken(tokens, index, 1, word.Text == "F" ? "Fahrenheit" : "Celsius");
            return 1;
        }
        if (hasDot && word.Text is "no" or "ref" && At(tokens, index - 1) is { Kind: TokenKind.Word } labelled && Abbreviations.IsNumberedThing(labelled.Text))
        {
            // "Serial no. SN-4471-B", "Appeal ref. APP/K1128/W/26/3345120": after the thing it numbers, "no." and "ref." are
            // "number" and "reference" whatever code follows.
            replacement = Spoken(tokens, index, consumed, word.Text == "no" ? "number" : "reference");
            return consumed;
        }
        if (hasDot && word.Text == "Ste" && nameFollows)
        {
            // "Sault Ste. Marie", "Ste. Anne": the French "Sainte" before a name ("Ste. 1200" is a suite).
            replacement = Spoken(tokens, index, consumed, "Sainte");
            return consumed;
        }
        if (word.Text is "cwt" or "lwt" && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Words: [.., "kilogram" or "kilo" or "kilograms" or "kilos"] })
        {
            // "618c/kg cwt", "340c/kg lwt": a livestock price per kilogram of carcase or of live weight.
            replacement = Spoken(tokens, index, consumed, word.Text == "cwt" ? "carcase weight" : "live weight");
            return consumed;
        }
        if (word.Text is "dec" && At(tokens, index - 1) is { Text: "(" } && At(tokens, afterIndex) is { Text: ")" }
            && At(tokens, index - 2) is { Kind: TokenKind.Word } deceased && char.IsUpper(deceased.Text[0]))
        {
            // "wife of Ron (dec.)": a death notice marks the dead in brackets after the name.
            replacement = Spoken(tokens, index, consumed, "deceased");
            return consumed;
        }
        if (hasDot && RankAlone(tokens, index, word.Text, nameFollows) is { } fullRank)
        {
            // "was promoted to Lt. on Thursday": a rank with no name after it is said in full.
            replacement = Spoken(tokens, index, consumed, fullRank);
            return consumed;
        }
        if (PhoneLabel(word.Text) is { } phoneLabel
            && (next is { Kind: TokenKind.Spoken, Class: "telephone" } || next is { Text: ":" } && At(tokens, afterIndex + 1) is { Kind: TokenKind.Spoken, Class: "telephone" }))
        {
            // "ph 0491 570 983", "Tel: 01632 960123", "mob. 021 555 0142": a telephone label before its number.
            replacement = Spoken(tokens, index, consumed, phoneLabel);
            return consumed;
        }
        if (!hasDot && BareReading(tokens, index, word.Text, next, nameFollows) is { } bare)
        {
            replacement = Spoken(tokens, index, 1, bare);
            return 1;
        }
        if (word.Text is "W" or "E" && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ")" }
            && At(tokens, index - 2) is { Kind: TokenKind.Word } suburb && char.IsUpper(suburb.Text[0]) && suburb.Text.Length > 2 && !CommonWords.Contains(suburb.Text))
        {
            // "Andheri (W)", "Kandivali (E)": Mumbai's suburbs are split west and east of the railway.
            replacement = Spoken(tokens, index, 1, word.Text == "W" ? "West" : "East");
            return 1;
        }
        if (SportsReading(tokens, index, word.Text) is { } sports)
        {
            replacement = Spoken(tokens, index, 1, sports);
            return 1;
        }
        if (CompassPoints.TryGetValue(word.Text, out var point) && At(tokens, index - 1) is { Kind: TokenKind.Word } motion && MotionWords.Contains(motion.Text))
        {
            // "Winds N at 10 mph, becoming NNE": a wind's direction.
            replacement = Spoken(tokens, index, 1, point);
            return 1;
        }
        if (word.Text is "NW" or "NE" or "SW" or "SE" && !IsShouted(tokens, index))
        {
            // "Winds NW at 10 mph", "Pennsylvania Ave. NW": compass points are said ("NE" after a city is the state pass's).
            replacement = Spoken(tokens, index, 1, word.Text switch { "NW" => "northwest", "NE" => "northeast", "SW" => "southwest", _ => "southeast" });
            return 1;
        }
        if (word.Text == "Ct" && hasDot && At(tokens, index - 1) is { Kind: TokenKind.Word } courtName && char.IsUpper(courtName.Text[0]) && !nameFollows)
        {
            // "Pine Ct.": a court after a street's name.
            replacement = Spoken(tokens, index, consumed, "Court");
            return consumed;
        }
        if (word.Text == "St" && hasDot && !nameFollows && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" })
        {
            // "SW 8th St.": a numbered street.
            replacement = Spoken(tokens, index, consumed, "Street");
            return consumed;
        }
        if (hasDot && word.Text == "Co" && next is { Kind: TokenKind.Word, Text: "Rd" or "Road" or "Hwy" or "Highway" or "Line" })
        {
            // "Co. Rd. 12": a county road, not a company.
            replacement = Spoken(tokens, index, consumed, "County");
            return consumed;
        }
        if (hasDot && word.Text is "N" or "S" or "E" or "W" && (next is { Kind: TokenKind.Word } street && char.IsUpper(street.Text[0])
                || next is { Kind: TokenKind.Spoken, Class: "ordinal" } && StreetTypeFollows(tokens, afterIndex + 1))
            && (At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken } || StreetTypeFollows(tokens, afterIndex + 1)))
        {
            // "88 N. Main St.": a compass point between a house number and the street's name.
            replacement = Spoken(tokens, index, consumed, word.Text switch { "N" => "North", "S" => "South", "E" => "East", _ => "West" });
            return consumed;
        }
        if (ListingRoom(tokens, index) is { } room)
        {
            // "3 bd, 2.5 ba": a listing's bedrooms and bathrooms.
            replacement = Spoken(tokens, index, consumed, room);
            return consumed;
        }
        if (hasDot && word.Text == "Cir" && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" })
        {
            // "(9th Cir. 2024)": a federal appeals court in a citation.
            replacement = Spoken(tokens, index, consumed, "Circuit");
            return consumed;
        }
        if (hasDot && word.Text is "s" or "ss" && (next is { Kind: TokenKind.Number } || next is { Kind: TokenKind.Spoken, Class: "cardinal" or "section" })
            && At(tokens, index - 1) is null or { Kind: TokenKind.Punctuation } or { Kind: TokenKind.Spoken, Class: "year" } or { Kind: TokenKind.Word, Text: "under" or "of" or "and" or "in" or "Act" })
        {
            // "Under the Finance Act 2024, s. 12 extends...", "an offence under s. 18": a statute's section.
            replacement = Spoken(tokens, index, consumed, word.Text == "s" ? "section" : "sections");
            return consumed;
        }
        if (hasDot && word.Text == "pop" && (next is { Kind: TokenKind.Number } || next is { Kind: TokenKind.Spoken, Class: "cardinal" }))
        {
            // "Humboldt, pop. 5,900": a town's population.
            replacement = Spoken(tokens, index, consumed, "population");
            return consumed;
        }
        if (hasDot && word.Text == "Gr" && (next is { Kind: TokenKind.Number } || next is { Kind: TokenKind.Spoken, Class: "cardinal" }))
        {
            // "the Gr. 1 sprint": racing's Group (Grade in American and jumps racing; Group is what flat copy means).
            replacement = Spoken(tokens, index, consumed, RaceMeeting.TalksRacing(tokens, index) || NearbyWords.Any(tokens, index, RaceWords) ? "Group" : "Grade");
            return consumed;
        }
        if (word.Text == "inns" && At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" })
        {
            // "Australia 1st inns 9/402 dec": a scorecard's innings.
            replacement = Spoken(tokens, index, consumed, "innings");
            return consumed;
        }
        if (!hasDot && PoliceRanks.TryGetValue(word.Text, out var rank) && next is { Kind: TokenKind.Word } first && IsNameWord(first.Text)
            && At(tokens, afterIndex + 1) is { Kind: TokenKind.Word } last && IsNameWord(last.Text)
            && At(tokens, index - 1) is not ({ Kind: TokenKind.Punctuation, Text: "," or "/" or "&" } or { Kind: TokenKind.Word, Text: "Washington" }))
        {
            // "DC Ruth Pennycook told the hearing", "DCI Tom Hale": a detective's rank before a first name and a surname
            // ("DC United" has one name after it; "Washington, DC Mayor" and "AC / DC" are the place and the band).
            replacement = Spoken(tokens, index, 1, rank);
            return 1;
        }
        if (hasDot && word.Text == "Co" && CountyCo(tokens, index, next))
        {
            // "the Polk Co. Sheriff's Office", "held in the Rice Co. jail", "a woman from Dade Co.": US copy's county.
            replacement = Spoken(tokens, index, consumed, "County");
            return consumed;
        }
        if (hasDot && word.Text == "Vol" && next is { Kind: TokenKind.Word, Text: "Fire" or "Rescue" or "Ambulance" or "Firefighters" or "Fire-Rescue" })
        {
            // "the Smithfield Vol. Fire Dept.": a volunteer company, not a volume.
            replacement = Spoken(tokens, index, consumed, "Volunteer");
            return consumed;
        }
        if (hasDot && Abbreviations.Weekdays.TryGetValue(word.Text, out var weekday)
            && ((next is null or { Kind: TokenKind.Punctuation } || next is { Kind: TokenKind.Word } lowerNext && lowerNext.Text.All(char.IsLower))
                    && At(tokens, index - 1) is { Kind: TokenKind.Word } verb && verb.Text.All(char.IsLower) && !Determiners.Words.Contains(verb.Text)
                || WeekdayInList(tokens, index, next)))
        {
            // "The trail reopens Sat.", "closed until Mon.,", "died Sat. at 94": a weekday after a verb or a preposition and
            // before no name ("the Sun." after a determiner is a newspaper).
            replacement = Spoken(tokens, index, consumed, weekday);
            return consumed;
        }
        if (hasDot && Abbreviations.Common.TryGetValue(word.Text, out var spoken))
        {
            replacement = Spoken(tokens, index, consumed, spoken);
            return consumed;
        }
        if (!hasDot && UndottedCompanyWords.TryGetValue(word.Text, out var companyWord)
            && (At(tokens, index - 1) is { Kind: TokenKind.Word } firm && char.IsUpper(firm.Text[0])
                || At(tokens, index - 1) is { Text: "." } && At(tokens, index - 2) is { Kind: TokenKind.Word } dottedFirm && char.IsUpper(dottedFirm.Text[0])))
        {
            // "Hallam Bros. Ltd", "Kestrel Pty Ltd", "Merlion Holdings Bhd": British and Commonwealth firms drop the stop.
            replacement = Spoken(tokens, index, 1, companyWord);
            return 1;
        }
        if (word.Text is "Hwy" or "Rte" or "Fwy" or "Rt" && next is { Kind: TokenKind.Number or TokenKind.Spoken, SpaceBefore: true } && (next.Kind == TokenKind.Number || next.Class is "cardinal" or "model"))
        {
            // "a crash on Hwy 19", "Rte. 9": the road's type before its number.
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, word.Text switch { "Hwy" => "Highway", "Rte" or "Rt" => "Route", _ => "Freeway" });
            return hasDot ? 2 : 1;
        }
        if (!hasDot && UndottedPlaceTypes.TryGetValue(word.Text, out var placeType) && At(tokens, index - 1) is { Kind: TokenKind.Word } placeName
            && char.IsUpper(placeName.Text[0]) && !CommonWords.Contains(placeName.Text) && !nameFollows)
        {
            // "a house on Kowhai Rd in Waimara", "the Main St branch", "left Kesarnagar Jn at 11:40": British and Indian copy
            // drop the full stop;
            // after a place's name and not before another name, the type of road or the railway junction.
            replacement = Spoken(tokens, index, 1, placeType);
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// Titles British, Irish and Commonwealth copy writes without a full stop before a name ("Cllr Priya Mistry", "Det Sgt
    /// Owen Pryce", "Insp Ruth Kane"). Only those that are no English word and name nothing else before a capital:
    /// "Gen Z" is a generation, so "Gen" needs its full stop.
    /// </summary>
    private static readonly HashSet<string> UndottedTitles = new(StringComparer.Ordinal)
    {
        "Cllr", "Det", "Sgt", "Insp", "Supt", "Cpl", "Lt", "Capt", "Cmdr", "Prof", "Rev", "Col", "Maj", "Brig", "Adm", "Msgr", "Fr", "Sen",
        "Rep", "Gov", "Const", "Cst", "Snr", "Gda", "Cr", "Revd",
    };

    /// <summary>A company's legal form written without a full stop after its name.</summary>
    private static readonly Dictionary<string, string> UndottedCompanyWords = new(StringComparer.Ordinal)
    {
        ["Ltd"] = "Limited",
        ["Pty"] = "Proprietary",
        ["Pte"] = "Private",
        ["Bhd"] = "Berhad",
        ["Bros"] = "Brothers",
        // A football club's "United" after its town: "Ballyfermot Utd".
        ["Utd"] = "United",
    };

    /// <summary>Road and station types written without a full stop after a place's name.</summary>
    private static readonly Dictionary<string, string> UndottedPlaceTypes = new(StringComparer.Ordinal)
    {
        ["Rd"] = "Road",
        ["St"] = "Street",
        ["Ave"] = "Avenue",
        ["Hwy"] = "Highway",
        ["Cres"] = "Crescent",
        ["Tce"] = "Terrace",
        ["Sq"] = "Square",
        ["Gdns"] = "Gardens",
        ["Pde"] = "Parade",
        ["Fwy"] = "Freeway",
        ["Mwy"] = "Motorway",
        ["Blvd"] = "Boulevard",
        ["Ln"] = "Lane",
        ["Pkwy"] = "Parkway",
        ["Jn"] = "Junction",
        ["Jct"] = "Junction",
        ["Pk"] = "Park",
    };

    /// <summary>Job titles "Sr." and "Jr." qualify in business and newsroom copy ("Sr. Vice President", "Jr. Analyst").</summary>
    private static readonly HashSet<string> SeniorityJobs = new(StringComparer.OrdinalIgnoreCase)
    {
        "Vice", "VP", "Director", "Manager", "Editor", "Analyst", "Engineer", "Counsel", "Fellow", "Partner", "Associate", "Writer",
        "Producer", "Executive", "Officer", "Adviser", "Advisor", "Lecturer", "Research", "Researcher", "Scientist", "Staff", "Correspondent",
        "Reporter", "Developer", "Designer", "Consultant", "Economist", "Strategist", "Planner", "Specialist", "Accountant", "Attorney",
        "Pastor", "Minister", "Warden", "Captain", "Chief",
    };

    /// <summary>
    /// British detectives' ranks as copy writes them before a name, said in full; "PC" stays "P C", as broadcasters say it.
    /// </summary>
    private static readonly Dictionary<string, string> PoliceRanks = new(StringComparer.Ordinal)
    {
        ["DC"] = "Detective Constable",
        ["DS"] = "Detective Sergeant",
        ["DI"] = "Detective Inspector",
        ["DCI"] = "Detective Chief Inspector",
        ["DSI"] = "Detective Superintendent",
    };

    /// <summary>A capitalised word that can be a first name or a surname: no title, no everyday word, not all capitals.</summary>
    private static bool IsNameWord(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && text.Skip(1).Any(char.IsLower) && !Abbreviations.Titles.ContainsKey(text) && !CommonWords.Contains(text)
        && !Abbreviations.Common.ContainsKey(text) && !UndottedCompanyWords.ContainsKey(text);

    /// <summary>Street types written with their full stop that a city quarter may follow ("Corvale St. N.E.").</summary>
    private static readonly Dictionary<string, string> DottedStreetTypes = new(StringComparer.Ordinal)
    {
        ["St"] = "Street",
        ["Dr"] = "Drive",
        ["Ave"] = "Avenue",
        ["Av"] = "Avenue",
        ["Blvd"] = "Boulevard",
        ["Rd"] = "Road",
        ["Ln"] = "Lane",
        ["Pkwy"] = "Parkway",
        ["Pl"] = "Place",
        ["Ct"] = "Court",
    };

    /// <summary>
    /// A city quarter written after a street's type ("W.", "NE.", "N.E."): its words and how many tokens it used, its
    /// closing full stop included. Without that stop it is left to the compass readings.
    /// </summary>
    private static (string? Quarter, int Used) CityQuarter(IReadOnlyList<Token> tokens, int at)
    {
        if (At(tokens, at) is not { Kind: TokenKind.Word } compass || At(tokens, at + 1) is not { Text: ".", SpaceBefore: false })
        {
            return (null, 0);
        }
        var letters = compass.Text.Replace(".", "", StringComparison.Ordinal);
        return letters is "N" or "S" or "E" or "W" or "NE" or "NW" or "SE" or "SW" ? (Quarter(letters).ToLowerInvariant(), 2) : (null, 0);
    }

    private static string Quarter(string letters) =>
        string.Concat(letters.Select(c => c switch { 'N' => "North", 'S' => "South", 'E' => "East", _ => "West" }).Select((w, i) => i == 0 ? w : w.ToLowerInvariant()));

    /// <summary>Whether a road's number stands before <paramref name="index"/>, after the road's type ("Hwy. 61", "Route 9").</summary>
    internal static bool AfterRoadNumber(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" or "model" }
        && (At(tokens, index - 2) is { } road && RoadWords.Contains(road.Text)
            || At(tokens, index - 2) is { Text: "." } && At(tokens, index - 3) is { } dottedRoad && RoadWords.Contains(dottedRoad.Text));

    private static readonly HashSet<string> RaceWords = new(StringComparer.OrdinalIgnoreCase) { "sprint", "stakes", "race", "cup", "derby", "guineas", "oaks", "plate" };

    private static readonly HashSet<string> RoadWords = new(StringComparer.Ordinal) { "Hwy", "Highway", "Rte", "Route", "Rt", "Interstate", "I", "US", "SR" };

    /// <summary>
    /// A property listing's room count ("3 bd", "2.5 ba", "4 br"): the room after a number, when the other kind of room
    /// is counted nearby, as listings always give both; alone, "ba" or "br" may be anything.
    /// </summary>
    private static string? ListingRoom(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { } count || count is not ({ Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" or "decimal" })
            || RoomKind(tokens[index].Text) is not { } kind
            || !NearbyWords.AnyOther(tokens, index, k => RoomKind(tokens[k].Text) is { } other && other != kind && At(tokens, k - 1) is { Kind: TokenKind.Number or TokenKind.Spoken }))
        {
            return null;
        }
        var one = count is { Text: "1" } or { Words: ["one"] };
        return one ? kind : kind + "s";
    }

    private static string? RoomKind(string text) => text switch
    {
        "bd" or "bdr" or "bdrm" or "br" or "BR" or "BD" => "bedroom",
        "ba" or "BA" or "bth" => "bathroom",
        _ => null,
    };

    /// <summary>
    /// Whether "Co." after a name is a US county rather than a company: before the county's offices and services
    /// ("Polk Co. Sheriff's Office", "Rice Co. jail"), or ending its clause straight after "in" or "from" and one name
    /// ("a woman from Dade Co."). A firm's "Co." follows "&amp;" or a word of its trade ("Ford Motor Co."), which neither
    /// shape has.
    /// </summary>
    private static bool CountyCo(IReadOnlyList<Token> tokens, int index, Token? next)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]) || CommonWords.Contains(name.Text))
        {
            return false;
        }
        if (next is { Kind: TokenKind.Word } office && CountyOffices.Contains(office.Text.Split('\'', '\u2019')[0]))
        {
            return true;
        }
        if (next is null or { Kind: TokenKind.Punctuation, Text: "." or "," or ";" } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "in" or "from" or "near" or "throughout" })
        {
            return true;
        }
        // "arrested in Dade Co. last week": a place after "in", "near" or "throughout" goes on with its clause; a firm
        // after "in" is something held in it ("a stake in Acme Co.").
        var heldIn = At(tokens, index - 3) is { Kind: TokenKind.Word } holder && HoldingWords.Contains(holder.Text);
        return next is { Kind: TokenKind.Word } follower && char.IsLower(follower.Text[0]) && !heldIn
            && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "in" or "near" or "throughout" };
    }

    /// <summary>Common nouns a city's sector is named before ("Sec. 15 market"); a law's section is not.</summary>
    private static readonly HashSet<string> SectorNouns = new(StringComparer.Ordinal)
    {
        "market", "colony", "park", "residents", "resident", "chowk", "village", "area", "police", "hospital", "school", "bazaar",
    };

    /// <summary>
    /// Words after a comma that go on citing a law ("Sec. 4, Act") or a US land survey's section ("Sec. 22, Liberty
    /// Township" puts a capitalised name first, so the next word is looked at too).
    /// </summary>
    private static readonly HashSet<string> LawWords = new(StringComparer.Ordinal)
    {
        "Act", "Part", "Clause", "Article", "Rule", "Rules", "Schedule", "Chapter", "Code", "Title", "Section", "Order",
        "Township", "Twp", "Range", "Block", "Lot", "Town",
    };

    /// <summary>
    /// The number after "Sec." names a sector where a letter is joined to it ("21-C"), a common noun follows it, or a
    /// comma and a capitalised place that goes on to no number.
    /// </summary>
    private static bool IsSector(IReadOnlyList<Token> tokens, int at)
    {
        if (At(tokens, at) is not { Kind: TokenKind.Number } number || !NumberText.IsPlain(number.Text) || number.Text.Length > 3)
        {
            return false;
        }
        return At(tokens, at + 1) is { Text: "-", SpaceBefore: false } && At(tokens, at + 2) is { Kind: TokenKind.Word, Text: [>= 'A' and <= 'Z'], SpaceBefore: false }
            || At(tokens, at + 1) is { Kind: TokenKind.Word, SpaceBefore: true } noun && SectorNouns.Contains(noun.Text)
            || At(tokens, at + 1) is { Text: "," } && At(tokens, at + 2) is { Kind: TokenKind.Word } place && char.IsUpper(place.Text[0])
                && place.Text.Skip(1).All(char.IsLower) && place.Text.Length > 2 && !LawWords.Contains(place.Text)
                && !(At(tokens, at + 3) is { Kind: TokenKind.Word } second && LawWords.Contains(second.Text))
                && At(tokens, at + 3) is not { Kind: TokenKind.Number };
    }

    private static readonly HashSet<string> HoldingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "stake", "stakes", "shares", "share", "interest", "invested", "investing", "investment", "investments", "holding", "holdings", "stock", "position",
    };

    private static readonly HashSet<string> CountyOffices = new(StringComparer.Ordinal)
    {
        "Sheriff", "sheriff", "jail", "Jail", "Commission", "Commissioners", "commissioners", "Board", "Courthouse", "courthouse", "Fair", "Fairgrounds",
        "fairgrounds", "Coroner", "coroner", "Prosecutor", "prosecutor", "Clerk", "Treasurer", "Auditor", "Assessor", "deputies", "Humane", "Schools",
        "Health", "Detention", "Circuit", "Superior", "Parks", "Library", "Extension", "Emergency", "Administrator",
        // Ireland's and Britain's councils: "Cork Co. Council", "Kerry Co. Councillor".
        "Council", "Councillor", "Councillors", "Manager", "Hospital", "Historical", "Genealogical", "Museum", "Airport",
    };

    /// <summary>
    /// "was promoted to Cpl.", "served as Sgt.": a rank after "to" or "as" with nothing after it in its clause is the rank
    /// itself, said in full. Suffixes and place words (Jr., St., Mt.) are left alone.
    /// </summary>
    private static string? RankAsComplement(IReadOnlyList<Token> tokens, int index, string text, Token? next) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "as" } && next is null or { Kind: TokenKind.Punctuation }
        && text is not ("Jr" or "Sr" or "St" or "Mt" or "Ft" or "Fr" or "Mr" or "Mrs" or "Ms") && Abbreviations.Titles.TryGetValue(text, out var rank)
            ? rank
            : null;

    /// <summary>
    /// A title abbreviation after "the", "a" or a possessive and not before a name ("the Gov. next", "the ship's capt.
    /// said"): the office, in the case it was written in. Suffixes and place words (Jr., St., Mt.) are left alone.
    /// </summary>
    private static string? TitleWithoutName(IReadOnlyList<Token> tokens, int index, string text)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word } before
            || !(Determiners.Words.Contains(before.Text) || before.Text.EndsWith("'s", StringComparison.Ordinal) || before.Text.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            return null;
        }
        var key = char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        if (key is "Jr" or "Sr" or "St" or "Mt" or "Ft" or "Fr" || !Abbreviations.Titles.TryGetValue(key, out var title)
            // "the Sec. 420 case": before a number "Sec." is a section, never the secretary.
            || key == "Sec" && At(tokens, index + 2) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" or "section" })
        {
            return null;
        }
        return char.IsLower(text[0]) ? title.ToLowerInvariant() : title;
    }

    /// <summary>
    /// "W:", "L:", "S:"/"Sv:" opening an agate line (the sentence's first token, or after a semicolon) before a name and
    /// its bracketed record: winner, loser, save. Elsewhere the letters stay letters.
    /// </summary>
    private static string? PitcherLabel(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Word, Text: "W" or "L" or "S" or "Sv" or "SV" } letter
            || !(index == 0 || At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: ";" or "." })
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0])
            || !(At(tokens, index + 3) is { Text: "(" } || At(tokens, index + 4) is { Text: "(" }))
        {
            return null;
        }
        return letter.Text switch { "W" => "Winner", "L" => "Loser", _ => "Save" };
    }

    /// <summary>A Roman numeral of two to six letters ("II", "XIV"), as a volume or chapter may be numbered.</summary>
    private static bool IsRoman(string text) => text.Length is >= 2 and <= 6 && text.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C');

    /// <summary>"Pub. L. 118-42": a public law as statutes are cited; returns how many tokens it reads.</summary>
    private static int PublicLaw(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Word, Text: "Pub" } && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
        && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "L" } && At(tokens, index + 3) is { Text: ".", SpaceBefore: false }
        && At(tokens, index + 4) is { Kind: TokenKind.Number } ? 4 : 0;

    /// <summary>Federal rules as cited: "Fed. R. Evid. 403" -> "Federal Rule of Evidence 403", "Fed. R. Civ. P. 12".</summary>
    private static (int Count, string Words) FederalRules(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Word, Text: "Fed" } || At(tokens, index + 1) is not { Text: "." }
            || At(tokens, index + 2) is not { Kind: TokenKind.Word, Text: "R" } || At(tokens, index + 3) is not { Text: "." }
            || At(tokens, index + 4) is not { Kind: TokenKind.Word } body || At(tokens, index + 5) is not { Text: "." })
        {
            return (0, "");
        }
        var procedure = At(tokens, index + 6) is { Kind: TokenKind.Word, Text: "P" } && At(tokens, index + 7) is { Text: "." };
        var name = body.Text switch
        {
            "Evid" => "Evidence",
            "Civ" when procedure => "Civil Procedure",
            "Crim" when procedure => "Criminal Procedure",
            "App" when procedure => "Appellate Procedure",
            "Bankr" when procedure => "Bankruptcy Procedure",
            _ => null,
        };
        return name is null ? (0, "") : (procedure ? 8 : 6, $"Federal Rule of {name}");
    }

    /// <summary>Compass points by their capitals, said as a direction ("NNE" -> "north-northeast").</summary>
    internal static readonly Dictionary<string, string> CompassPoints = new(StringComparer.Ordinal)
    {
        ["N"] = "north",
        ["S"] = "south",
        ["E"] = "east",
        ["W"] = "west",
        ["NE"] = "northeast",
        ["NW"] = "northwest",
        ["SE"] = "southeast",
        ["SW"] = "southwest",
        ["NNE"] = "north-northeast",
        ["ENE"] = "east-northeast",
        ["ESE"] = "east-southeast",
        ["SSE"] = "south-southeast",
        ["SSW"] = "south-southwest",
        ["WSW"] = "west-southwest",
        ["WNW"] = "west-northwest",
        ["NNW"] = "north-northwest",
    };

    /// <summary>Words a wind's direction follows: "winds N", "becoming NNE", "from the SW".</summary>
    private static readonly HashSet<string> MotionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "winds", "wind", "becoming", "turning", "shifting", "moving", "heading", "blowing", "veering", "backing",
    };

    private static readonly HashSet<string> GameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "win", "wins", "loss", "losses", "victory", "defeat", "period", "goal", "winner", "thriller", "game",
    };

    /// <summary>
    /// "OT", "SO" and "TD" where a game is described: "a 2-1 OT win" -> "overtime", "(SO)" after a score -> "shootout",
    /// "3 TDs" -> "three touchdowns". Elsewhere
    /// they stay letters (an OT can be an occupational therapist).
    /// </summary>
    private static string? SportsReading(IReadOnlyList<Token> tokens, int index, string text)
    {
        var afterCount = At(tokens, index - 1) is { Kind: TokenKind.Number } || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "cardinal" or "range" }
            // "a 58-yard TD": a scoring play's length.
            || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "yard" } && At(tokens, index - 2) is { Text: "-" or "\u2013", SpaceBefore: false };
        return text switch
        {
            "TD" when afterCount || At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "pass" or "passes" or "run" or "catch" } => "touchdown",
            "TDs" when afterCount => "touchdowns",
            // "Leinster 38 Munster 17 (HT 17-10)", "HT: 1-0": the score at half-time or full-time.
            "HT" or "FT" when At(tokens, index + 1) is { Kind: TokenKind.Number } && At(tokens, index + 2) is { Text: "-" or "\u2013", SpaceBefore: false }
                || At(tokens, index + 1) is { Text: ":" } && At(tokens, index + 2) is { Kind: TokenKind.Number } => text == "HT" ? "half-time" : "full-time",
            "OT" when At(tokens, index + 1) is { Kind: TokenKind.Word } game && GameWords.Contains(game.Text) => "overtime",
            // "Lakewood 34, Central Valley 31 (OT)": an agate line's final score.
            "OT" when At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, index - 2) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" } => "overtime",
            "OT" when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" or "during" } && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation } => "overtime",
            // "beat the Senators 4-3 in OT on Saturday": after a score, the game's extra period.
            "OT" when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" } && At(tokens, index + 1) is { Kind: TokenKind.Word } lower && char.IsLower(lower.Text[0])
                && At(tokens, index - 2) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" or "range" } => "overtime",
            // "Oak Creek 2 (2 OT)": the number of overtime periods.
            "OT" when At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" } && At(tokens, index - 2) is { Kind: TokenKind.Punctuation, Text: "(" }
                && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ")" } => At(tokens, index - 1) is { Text: "1" } or { Words: ["one"] } ? "overtime" : "overtimes",
            // "Vegas 4, Seattle 3 (SO)": won in a shootout; "(2OT)" is double overtime.
            "SO" when At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "(" } && At(tokens, index - 2) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" }
                && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ")" } => "shootout",
            // "scored twice on the PP", "a PP goal": hockey's power play, in the shapes only it is written in.
            "PP" when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "on" }
                || At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "goal" or "goals" or "unit" or "chance" or "chances" or "opportunity" or "opportunities" } => "power play",
            // "95% CI 8-16": a study's confidence interval, after its level.
            "CI" when At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "percent" } => "confidence interval",
            _ => null,
        };
    }

    private static readonly HashSet<string> StreetTypes = new(StringComparer.Ordinal)
    {
        "St", "Street", "Ave", "Avenue", "Blvd", "Boulevard", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Way", "Pkwy", "Parkway", "Pl", "Place", "Ct", "Court", "Hwy", "Highway",
    };

    /// <summary>Whether a street type stands at <paramref name="index"/> or one word later ("N. Grant Blvd.", "S. Lake Shore Dr.").</summary>
    private static bool StreetTypeFollows(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Word } first && StreetTypes.Contains(first.Text)
        || At(tokens, index + 1) is { Kind: TokenKind.Word } second && StreetTypes.Contains(second.Text);

    /// <summary>Whether a neighbouring word is also all capitals (a shouted headline, where "NW" may be a word).</summary>
    private static bool IsShouted(IReadOnlyList<Token> tokens, int index) =>
        (At(tokens, index - 1) is { Kind: TokenKind.Word } before && before.Text.Length > 2 && before.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        || (At(tokens, index + 1) is { Kind: TokenKind.Word } after && after.Text.Length > 2 && after.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    /// <summary>
    /// Abbreviations written without their period that still read as words: "vs" anywhere, a lower-case
    /// title before a name ("mr Smith", "st Kilda"), a generational suffix after a name ("Davis Jr", "Madison
    /// sr"), and a company or reference word that ends its phrase ("Books ltd", "Facilities dept").
    /// </summary>
    private static string? BareReading(IReadOnlyList<Token> tokens, int index, string text, Token? next, bool nameFollows)
    {
        var phraseEnds = next is null || next.Kind == TokenKind.Punctuation;
        var afterName = At(tokens, index - 1) is { Kind: TokenKind.Word } before && char.IsUpper(before.Text[0]);
        return text switch
        {
            "vs" => "versus",
            // "£10 concs": concessionary tickets, as a listings line writes them; a classified's "ono" and a let's "pcm".
            "concs" => "concessions",
            "ono" => "or near offer",
            "pcm" => "per calendar month",
            // "Sth Canterbury": a region's compass word before its name.
            "Sth" when nameFollows => "South",
            "Nth" when nameFollows => "North",
            "wk" when At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "a" or "per" or "each" or "this" or "last" or "next" } => "week",
            "mr" when nameFollows => "mister",
            "mrs" when nameFollows => "missus",
            "st" when nameFollows => "saint",
            "Jr" when afterName => "junior",
            "jr" when afterName && phraseEnds => "junior",
            "Sr" or "sr" when afterName && phraseEnds => "senior",
            "ltd" or "Ltd" when afterName && phraseEnds => "limited",
            "dept" or "Dept" when afterName && phraseEnds => "department",
            "vol" or "Vol" when next is null => "volume",
            _ => null,
        };
    }

    /// <summary>
    /// "on Te Kowhai Rd, Sat. evening", "Sat. Vigil 6pm, Sun. Mass 8.30am": a dotted weekday opening an item of a list,
    /// before a part of the day or before an event and its time.
    /// </summary>
    private static bool WeekdayInList(IReadOnlyList<Token> tokens, int index, Token? next) =>
        At(tokens, index - 1) is null or { Kind: TokenKind.Punctuation, Text: "," or ";" or ":" or "(" }
        && (next is { Kind: TokenKind.Word, Text: "morning" or "afternoon" or "evening" or "night" or "nights" or "mornings" or "evenings" or "only" or "and" or "to" or "or" }
            || next is { Kind: TokenKind.Word } eventName && char.IsUpper(eventName.Text[0]) && !CommonWords.Contains(eventName.Text)
                && At(tokens, index + 3) is { Kind: TokenKind.Spoken, Class: "time" or "clock" or "cardinal" });

    /// <summary>Ranks a service writes abbreviated: said in full when no name follows ("promoted to Sgt.", "made Capt. last year").</summary>
    private static readonly Dictionary<string, string> Ranks = new(StringComparer.Ordinal)
    {
        ["Lt"] = "Lieutenant",
        ["Sgt"] = "Sergeant",
        ["Capt"] = "Captain",
        ["Cpl"] = "Corporal",
        ["Maj"] = "Major",
        ["Col"] = "Colonel",
        ["Insp"] = "Inspector",
        ["Supt"] = "Superintendent",
        ["Cmdr"] = "Commander",
    };

    /// <summary>A rank's full name when it stands after "to", "as" or "a" with no name after it; null otherwise.</summary>
    private static string? RankAlone(IReadOnlyList<Token> tokens, int index, string text, bool nameFollows) =>
        !nameFollows && Ranks.TryGetValue(text, out var rank) && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "as" or "a" or "of" } ? rank : null;

    /// <summary>The spoken label for a telephone abbreviation ("ph", "Tel", "mob"), keeping its capital; null for any other word.</summary>
    private static string? PhoneLabel(string text) => text switch
    {
        "ph" or "tel" => "phone",
        "Ph" or "PH" or "Tel" or "TEL" => "Phone",
        "mob" => "mobile",
        "Mob" => "Mobile",
        _ => null,
    };

    private static bool IsCapitalsAndDigitsCode(Token? token) =>
        token is { Kind: TokenKind.Word } code && code.Text.Any(char.IsAsciiDigit) && code.Text.Any(char.IsAsciiLetterUpper) && !code.Text.Any(char.IsAsciiLetterLower);
}
