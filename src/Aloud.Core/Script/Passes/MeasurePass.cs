using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A number with a unit: "12kg" -> "twelve kilograms", "10 km/h" -> "ten kilometers per hour", "104°F" -> "one
/// hundred four degrees Fahrenheit", "2,000 sq ft" -> "two thousand square feet", "4.4x" -> "four point four
/// times", "2x8" -> "two by eight". Only known unit symbols are read, so an unknown suffix is never guessed.
/// </summary>
/// <param name="numbers">Number words.</param>
/// <param name="dates">
/// The document's date order, which also tells its side of the Atlantic: day-first copy (British, Irish, Commonwealth)
/// names a race by its distance in the plural ("the two hundred metres freestyle"), American copy in the singular.
/// </param>
internal sealed partial class MeasurePass(INumberWords numbers, Dialect.DateOrder dates = Dialect.DateOrder.MonthFirst) : TokenPass
{
    private static readonly HashSet<string> Scales = new(StringComparer.Ordinal) { "thousand", "million", "billion" };

    /// <summary>A home listing's glued room counts: "4BR", "3bd", "2BA", "2.5ba"; null for any other suffix.</summary>
    private static string? ListingRooms(string suffix) => suffix switch
    {
        "BR" or "bd" or "bdr" or "bdrm" or "BD" => "bedroom",
        "BA" or "ba" or "bth" => "bathroom",
        _ => null,
    };

    /// <summary>Words that make a glued C or F a temperature.</summary>
    private static readonly HashSet<string> TemperatureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "temperature", "temperatures", "temps", "high", "highs", "low", "lows", "heat", "heatwave", "hot", "hotter", "hottest",
        "warm", "warmer", "warmest", "warming", "cold", "colder", "coldest", "mercury", "thermometer", "fever", "frost", "freezing", "degrees",
        // Cooling and heating, and a sign: no seat or flat is "minus 233C".
        "cooled", "cooling", "chilled", "heated", "heating", "boiling", "melting", "minus",
        // A forecast's figures: "forecast a top of 41C", "a maximum of 38C".
        "forecast", "forecasts", "forecasting", "forecasters", "maximum", "minimum", "Celsius", "Fahrenheit", "weather", "sunny", "humid",
        "sweltering", "sweltered", "scorching", "topped", "peaked",
        // An oven's setting: "Roast at 200C", "bake at 180C fan".
        "oven", "preheat", "preheated", "bake", "baked", "baking", "roast", "roasted", "roasting", "grill", "fan", "cook", "cooked",
    };

    /// <summary>Words of a blast or a bomb: what makes "Mt" and "kt" an explosive yield.</summary>
    private static readonly HashSet<string> ExplosiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "TNT", "nuclear", "warhead", "warheads", "bomb", "bombs", "yield", "explosion", "blast", "detonated", "detonation",
    };

    /// <summary>Words of a wind report: what makes a spaced "kt" knots.</summary>
    private static readonly HashSet<string> WindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wind", "winds", "gust", "gusts", "gusting", "sustained", "breeze", "gale", "gales", "storm", "hurricane", "typhoon", "cyclone",
    };

    private readonly bool _namesEventsInPlural = dates == Dialect.DateOrder.DayFirst;

    public override string Name => "measure";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Word, Text: "mmHg" } && At(tokens, index - 1) is { Kind: TokenKind.Spoken or TokenKind.Number })
        {
            // "180/110 mmHg": the unit of a blood pressure, written as one word.
            replacement = Spoken(tokens, index, 1, "millimeters of mercury");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "mm" } && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "Hg", SpaceBefore: true }
            && At(tokens, index - 1) is { Kind: TokenKind.Spoken })
        {
            // "142/91 mm Hg": the unit of a blood pressure whose numbers another pass has read.
            replacement = Spoken(tokens, index, 2, "millimeters of mercury");
            return 2;
        }
        if (tokens[index] is { Kind: TokenKind.Number } track && NumberText.Split(track.Text) is (var writtenDigits, "m")
            && (writtenDigits.Length == 5 && writtenDigits[1] == ',' && NamesARace(tokens, index) ? writtenDigits.Remove(1, 1) : writtenDigits) is { Length: 4 } trackDigits
            && NumberText.IsPlain(trackDigits)
            && int.Parse(trackDigits, System.Globalization.CultureInfo.InvariantCulture) is var meters && meters == 1500)
        {
            // "the 1500m", "the 1,500m": the metric mile is said in hundreds, as athletics says it ("fifteen hundred meters");
            // other distances keep their thousands ("over 3200m": "three thousand two hundred meters"), as the references
            // of five blind sets read them.
            replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(meters / 100)} hundred {(DescribesNoun(tokens, index) ? "meter" : "meters")}");
            return 1;
        }
        if (RaceMeeting.Distance(numbers, tokens, index, out var raceTokens) is { } raceDistance)
        {
            replacement = Spoken(tokens, index, raceTokens, raceDistance);
            return raceTokens;
        }
        if (ElapsedTime.Read(numbers, tokens, index) is ({ } elapsed, var elapsedTokens))
        {
            replacement = Spoken(tokens, index, elapsedTokens, elapsed);
            return elapsedTokens;
        }
        if (KilometerMarker(tokens, index) is { } marker)
        {
            replacement = Spoken(tokens, index, 2, marker);
            return 2;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text: "per" } && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } perSymbol
            && perSymbol.Text.Length is >= 2 and <= 5 && perSymbol.Text is not ("cent" or "sq" or "cu") && Units.ReadPer(perSymbol.Text) is { } perUnit && perUnit != perSymbol.Text
            && At(tokens, index + 2) is not { Kind: TokenKind.Punctuation, Text: "/" or "²" or "³" }
            // "16.5 cents per kWh": a symbol with a capital inside is no English word, whatever stands before "per".
            && (At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken } || perSymbol.Text.Skip(1).Any(char.IsUpper)))
        {
            // "₹80 per kg", "$4 per lb", "$19.80 per cwt. in May": a price's unit after "per", said in full, with the
            // unit's own full stop when the sentence goes on after it. "per sq ft" is the powered unit's (below).
            var perUsed = At(tokens, index + 2) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
                && At(tokens, index + 3) is { Kind: TokenKind.Word } goesOn && char.IsLower(goesOn.Text[0]) ? 3 : 2;
            replacement = Spoken(tokens, index, perUsed, $"per {perUnit}");
            return perUsed;
        }
        if (PerPoweredUnit(tokens, index, out var perWords) is > 0 and var perCount)
        {
            replacement = Spoken(tokens, index, perCount, perWords);
            return perCount;
        }
        var start = index;
        var point = tokens[index].IsPunctuation(".") && (index == 0 || tokens[index].SpaceBefore);
        if (point)
        {
            // ".5kg": a number written without its leading zero.
            index++;
        }
        if (At(tokens, index) is not { Kind: TokenKind.Number } number || (point && number.SpaceBefore))
        {
            return 0;
        }
        var (digits, suffix) = NumberText.Split(number.Text);
        var amount = point
            ? NumberText.IsPlain(digits) ? "point " + NumberText.DigitByDigit(numbers, digits) : null
            // "4hr 21min 09sec": a clock's padding zero on a time unit is not said.
            : digits is ['0', >= '1' and <= '9'] && suffix is "sec" or "secs" or "s" or "min" or "mins" or "m" or "hr" or "hrs" or "h"
                ? numbers.Cardinal(digits[1] - '0')
                : DecimalWords.TryRead(numbers, digits);
        if (amount is null)
        {
            return 0;
        }
        if (suffix.Length == 0 && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } scaled
            && scaled.Text.Split('-') is [var scale and ("thousand" or "million" or "billion"), var symbol]
            && Units.Read(symbol, one: true, glued: true) is { } scaledUnit)
        {
            // "a 480 million-km journey": a scale and a unit joined describe the noun, "million kilometer".
            replacement = Spoken(tokens, start, index - start + 2, $"{amount} {scale} {scaledUnit}");
            return index - start + 2;
        }
        if (!point && suffix.Length == 0 && FeetAndInches(tokens, index, out var height) is > 0 and var heightTokens)
        {
            replacement = Spoken(tokens, index, heightTokens, height);
            return heightTokens;
        }
        if (suffix.Length == 0 && IsInchMark(tokens, start, index, digits))
        {
            // 12" -> "twelve inches": a double quote glued to a number that closes no open quote.
            replacement = Spoken(tokens, start, index - start + 2, amount + (amount == "one" ? " inch" : " inches"));
            return index - start + 2;
        }
        var count = TryMeasure(tokens, index, amount, digits, suffix, out var words);
        if (count == 0)
        {
            return 0;
        }
        count += index - start;
        count += InchesAfterFeet(tokens, start + count, ref words);
        replacement = Spoken(tokens, start, count, words);
        return count;
    }

    /// <summary>
    /// "near km 214", "at km 88 of the highway": a road's kilometer marker, the unit before its number. Only after a
    /// word that is not a number (so "5 km 20 m" is not one) and before a whole number of at most four digits.
    /// </summary>
    private string? KilometerMarker(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Word, Text: "km" or "KM" } && At(tokens, index - 1) is { Kind: TokenKind.Word } before
        && before.Text.All(char.IsAsciiLetterLower)
        && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } post && post.Text.Length <= 4 && NumberText.IsPlain(post.Text)
            ? $"kilometer {numbers.Cardinal(long.Parse(post.Text, System.Globalization.CultureInfo.InvariantCulture))}"
            : null;

    /// <summary>
    /// "1/8 in. thick", "14 in. of snow", "87 in.": "in" is a word, but "in." with its period before a lowercase word,
    /// or ending the sentence or its clause, is the inch (a preposition has an object).
    /// </summary>
    internal static bool IsInchWithPeriod(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Word, Text: "in" } && At(tokens, at + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
        && (At(tokens, at + 2) is { Kind: TokenKind.Word } next && (next.Text.All(char.IsLower) || NotNouns.Contains(next.Text))
            || At(tokens, at + 2) is null or { Kind: TokenKind.Punctuation, Text: "(" or ")" or "," or ";" or ":" });

    /// <summary>
    /// The inches of a length in feet and inches ("23 ft. 9 in.", "5 ft 11 in"): "in" alone is a word, so it is
    /// read as inches only right after a measure in feet. Returns how many tokens it read.
    /// </summary>
    private int InchesAfterFeet(IReadOnlyList<Token> tokens, int at, ref string words)
    {
        if (!words.EndsWith(" feet", StringComparison.Ordinal) && !words.EndsWith(" foot", StringComparison.Ordinal))
        {
            return 0;
        }
        var k = at;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false })
        {
            k++;
        }
        if (At(tokens, k) is not { Kind: TokenKind.Number, SpaceBefore: true } inches || inches.Text.Length > 2 || !NumberText.IsPlain(inches.Text)
            || At(tokens, k + 1) is not { Kind: TokenKind.Word, Text: "in" or "ins" })
        {
            return 0;
        }
        var value = int.Parse(inches.Text, System.Globalization.CultureInfo.InvariantCulture);
        words += $" {numbers.Cardinal(value)} {(value == 1 ? "inch" : "inches")}";
        return k + 2 - at;
    }

    /// <summary>The measure after the amount at token <paramref name="index"/>: how many tokens it reads from there.</summary>
    private int TryMeasure(IReadOnlyList<Token> tokens, int index, string amount, string digits, string suffix, out string words)
    {
        words = "";
        var one = digits == "1";
        if (suffix.Length > 0)
        {
            return MatchGluedSuffix(tokens, index, amount, suffix, one, out words);
        }
        var next = index + 1;
        if (At(tokens, next) is { Kind: TokenKind.Word } scale && (Scales.Contains(scale.Text) || scale.Text is "bn" or "mn") && scale.SpaceBefore)
        {
            // "100 million kg", "1.2 bn km": the scale word makes the amount many.
            amount += " " + (Scales.Contains(scale.Text) ? scale.Text : GluedScales[scale.Text]);
            one = false;
            next++;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, Text: "x", SpaceBefore: true } && At(tokens, next + 1) is { Kind: TokenKind.Number, SpaceBefore: true } tall
            && Resolution(digits, tall.Text) is { } spacedResolution
            && (At(tokens, next + 2) is not { Kind: TokenKind.Word } unitAfter || Units.Read(unitAfter.Text, one: false, glued: true) is null))
        {
            // "3840 x 2160": a resolution with the "x" spaced; "1200 x 800 mm" is a size, read by the numbers.
            words = spacedResolution;
            return 3;
        }
        // "104°F", and "2-3 °C" as some copy spaces it.
        if (At(tokens, next) is { Text: "°" } degree && (!degree.SpaceBefore || At(tokens, next + 1) is { Text: "C" or "F", SpaceBefore: false }))
        {
            var scaleName = At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } letter ? letter.Text switch
            {
                "C" => " Celsius",
                "F" => " Fahrenheit",
                _ => null,
            } : null;
            var count = scaleName is null ? next + 1 - index : next + 2 - index;
            words = $"{amount} {(one ? "degree" : "degrees")}{scaleName}";
            return count;
        }
        if (At(tokens, next) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false } && At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } scaledUnit
            && scaledUnit.Text.Split('-') is [var scaleWord, var scaleUnit] && scaleWord is "thousand" or "million" or "billion" or "trillion"
            && Units.Read(scaleUnit, one: true, glued: true) is { } scaledOne)
        {
            // "a 2.8-billion-km journey": a scale and a unit hyphened to the number describe the noun, the unit singular.
            words = $"{amount} {scaleWord} {scaledOne}";
            return next + 2 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, SpaceBefore: true } spacedCompound && spacedCompound.Text.Split('-') is [var compoundUnit, var dimension]
            && DimensionWords.Contains(dimension) && Units.Read(compoundUnit, one: true, glued: true) is { } compoundOne)
        {
            // "a 1.0 m-wide verge", "a 3 km-long tunnel": the unit joined to its dimension describes the noun, in the singular.
            words = $"{amount} {compoundOne} {dimension}";
            return next + 1 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            && At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } hyphenUnit
            && (Units.Read(hyphenUnit.Text, one: true, glued: true) ?? InchBeforeNoun(tokens, next + 1)) is { } adjectival)
        {
            // "a 30-yr loan", "a 10-km race": a unit joined by a hyphen describes the noun after it, so it stays singular.
            words = $"{amount} {adjectival}";
            if (hyphenUnit.Text == "in")
            {
                // "a 6.1-in. display": the inch's own period is part of the unit.
                return next + 3 - index;
            }
            if (hyphenUnit.Text == "sq" && SquaredUnit(tokens, next + 2) is ({ } area, var used))
            {
                // "a 2,400-sq.-ft. condo" -> "square foot".
                words = $"{amount} square {area}";
                return next + 2 + used - index;
            }
            return next + 2 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, Text: "C" or "F", SpaceBefore: true } spacedScale
            // "Regina hit –38.4 C": a sign before the figure says it is a temperature as much as a word would.
            && (NearbyWords.Any(tokens, index, TemperatureWords) || At(tokens, index - 1) is { Text: "-" or "\u2013" or "\u2212", SpaceBefore: true } && !tokens[index].SpaceBefore)
            && !AfterAName(tokens, index)
            && (At(tokens, next + 1) is null or { Kind: TokenKind.Punctuation } || At(tokens, next + 1) is { Kind: TokenKind.Word } afterScale && char.IsLower(afterScale.Text[0])))
        {
            // "dropped to -31 C overnight": a scale letter set apart from its number, in a sentence about the weather.
            words = $"{amount} degrees {(spacedScale.Text == "C" ? "Celsius" : "Fahrenheit")}";
            return next + 1 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, Text: "t", SpaceBefore: true } && At(tokens, next + 1) is { Kind: TokenKind.Word, Text: "of" })
        {
            // "stored 2.4 t of carbon": a spaced "t" before what it weighs is tonnes.
            words = $"{amount} {(amount == "one" ? "tonne" : "tonnes")}";
            return next + 1 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, Text: "m" or "ha", SpaceBefore: true } spacedUnit
            && (DeterminerBefore(tokens, index) || SecondSideOfSize(tokens, index))
            && At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: true } described && IsLowercaseNoun(described.Text)
            && !NotNouns.Contains(described.Text) && !IsPluralNoun(described.Text))
        {
            // "a 300 m stretch", "a 2 ha plot", "a 1.5 m side-gate": a spaced "m" or "ha" between a determiner's number
            // and a singular noun (hyphened or not) is a length or an area, never a million (which counts a plural) or a
            // laugh. A size's second side ("and 4.0 x 5.0 m deck") needs no determiner: no million is multiplied so.
            words = $"{amount} {(spacedUnit.Text == "m" ? "meter" : "hectare")}";
            return next + 1 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word } unit)
        {
            // "a 55 mph zone": after a determiner, a spaced unit before a noun stays singular too.
            var spoken = ReadUnit(tokens, next, unit.Text, one, !unit.SpaceBefore, out var unitTokens);
            if (spoken is not null && !one && !IsRate(spoken)
                && (DeterminerBefore(tokens, index) && DescribesNoun(tokens, index, NounAfter(tokens, next + unitTokens))
                    || RangeEndDescribesNoun(tokens, index, NounAfter(tokens, next + unitTokens))
                    // "1 200 m² erf", "2,000 sq ft home": an area or a volume is no word of the sentence, so with no
                    // determiner it describes the noun after it too ("130 mm Hg helps" has a verb after it, no noun).
                    || spoken.Split(' ')[0] is "square" or "cubic" && ModifiesWithoutDeterminer(tokens, unit.Text, NounAfter(tokens, next + unitTokens))))
            {
                // The noun is the word after the whole unit ("sq mi of farmland" has none; "a 55 mph zone" has one).
                spoken = ReadUnit(tokens, next, unit.Text, one: true, !unit.SpaceBefore, out unitTokens);
            }
            if (spoken is not null)
            {
                var count = next + unitTokens - index;
                words = $"{amount} {spoken}";
                return count;
            }
        }
        if (amount.Contains(" point ", StringComparison.Ordinal) && At(tokens, next) is { Kind: TokenKind.Word, SpaceBefore: true } named
            && Units.PluralOfName(named.Text) is { } plural && !(DeterminerBefore(tokens, index) && DescribesNoun(tokens, index, next + 1)))
        {
            // "1.0 mile long", "0.5 inch of rain": a decimal takes the plural even where the copy wrote the unit's
            // name in the singular; "a 0.5 mile stretch" describes a noun and keeps it.
            words = $"{amount} {plural}";
            return next + 1 - index;
        }
        if (At(tokens, next) is { Kind: TokenKind.Word, SpaceBefore: true } counted && counted.Text.Length >= 3 && counted.Text.All(char.IsAsciiLetterLower)
            && !NotNouns.Contains(counted.Text) && At(tokens, next + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, next + 2) is { Kind: TokenKind.Word, SpaceBefore: false } denominator && RateDenominator(denominator.Text) is { } countedPer)
        {
            // "6 eggs/week", "45 cents/lb": whatever the number counts, a unit or period after a glued slash is its rate; a
            // price takes the article, as prices are said ("forty-five cents a pound").
            words = PriceWords.Contains(counted.Text)
                ? $"{amount} {counted.Text} {PriceRate.Article(countedPer)} {countedPer}"
                : $"{amount} {counted.Text} per {countedPer}";
            return next + 3 - index;
        }
        if (At(tokens, next) is { Text: "/" } slash && !slash.SpaceBefore && At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } perUnit
            && Units.ReadPer(perUnit.Text) is { } per)
        {
            // "12/kg" -> "twelve per kilogram", "10,000/year" -> "ten thousand per year".
            words = $"{amount} per {per}";
            return next + 2 - index;
        }
        return 0;
    }

    private int MatchGluedSuffix(IReadOnlyList<Token> tokens, int index, string amount, string suffix, bool one, out string words)
    {
        words = "";
        if (GluedScales.TryGetValue(suffix, out var gluedScale) && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } scaledSymbol
            && ScaledUnit(tokens, index + 1, scaledSymbol.Text, out var scaledTokens) is { } scaledUnit)
        {
            // "1.2bn km", "1.8m m³ of water", "4.5m t of grain": a scale glued to the number and a unit set apart after it
            // count the unit, so the "m" is million and the unit plural.
            words = $"{amount} {gluedScale} {scaledUnit}";
            return 1 + scaledTokens;
        }
        if (GluedScales.TryGetValue(suffix, out gluedScale) && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "-", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } hyphenedSymbol && hyphenedSymbol.Text != "in"
            && Units.Read(hyphenedSymbol.Text, one: true, glued: true) is { } hyphenedUnit)
        {
            // "a 1.2bn-km journey": the scale and unit hyphened to the figure describe the noun, the unit singular.
            words = $"{amount} {gluedScale} {hyphenedUnit}";
            return 3;
        }
        if (suffix == "X" && (At(tokens, index - 1) is { Kind: TokenKind.Word } label && char.IsUpper(label.Text[0])
            || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" } && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation }))
        {
            // "Bus 14X", "Line 7X", "the route, the 47X,": a capital X glued to a number after a name or label, or named
            // alone after "the", is part of a code, not "times".
            return 0;
        }
        if (suffix is "x" or "X")
        {
            // "2x8" -> "two by eight" (dimensions); "4.4x" -> "four point four times".
            if (At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } withUnit && NumberText.Split(withUnit.Text) is (var otherDigits, { Length: > 0 } otherSuffix)
                && DecimalWords.TryRead(numbers, otherDigits) is { } otherAmount
                && Units.Read(otherSuffix, one: DescribesNoun(tokens, index + 1) || At(tokens, index + 2) is { Kind: TokenKind.Word } relay && relay.Text.All(char.IsLower) && !NotNouns.Contains(relay.Text) && !(_namesEventsInPlural && EventWords.Contains(relay.Text)), glued: true) is { } otherUnit)
            {
                // "the 4x100m relay" -> "four by one hundred metres relay": legs times distance, the unit on the second number,
                // in the plural before the event as other distance events are; "a 2x4m sheet" describes its noun.
                words = $"{amount} by {otherAmount} {otherUnit}";
                return 2;
            }
            if (At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } pixels && Resolution(NumberText.Split(tokens[index].Text).Digits, pixels.Text) is { } resolution)
            {
                words = resolution;
                return 2;
            }
            if (At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } other && DecimalWords.TryRead(numbers, other.Text) is { } otherWords)
            {
                words = $"{amount} by {otherWords}";
                if (At(tokens, index + 2) is { Kind: TokenKind.Word } area && Units.Read(area.Text, one: false, !area.SpaceBefore, wordFollows: false) is { } areaUnit)
                {
                    // "2x8 m2" -> "two by eight square meters".
                    words += " " + areaUnit;
                    return 3;
                }
                return 2;
            }
            words = $"{amount} times";
            return 1;
        }
        if (suffix == "W" && At(tokens, index - 1) is { Kind: TokenKind.Word } road && RoadWords.Contains(road.Text))
        {
            // "Route 9W": a road's letter, not watts.
            return 0;
        }
        if (ListingRooms(suffix) is { } rooms)
        {
            // "the 4BR/3BA colonial" -> "four bedroom, three bathroom": a listing's rooms before the home describe it, so
            // singular; "has 4BR." counts them.
            var pair = At(tokens, index + 1) is { Text: "/", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false } other
                && NumberText.Split(other.Text) is (var otherDigits, var otherSuffix) && ListingRooms(otherSuffix) is { } otherRooms
                && DecimalWords.TryRead(numbers, otherDigits) is { } otherAmount
                ? $"{otherAmount} {otherRooms}"
                : null;
            var used = pair is null ? 1 : 3;
            var describes = At(tokens, index + used) is { Kind: TokenKind.Word } home && home.Text.All(char.IsAsciiLetterLower) && !NotNouns.Contains(home.Text);
            string Rooms(string spoken, string room) => describes || spoken == "one" ? $"{spoken} {room}" : $"{spoken} {room}s";
            words = Rooms(amount, rooms) + (pair is null ? "" : ", " + Rooms(pair[..pair.LastIndexOf(' ')], pair[(pair.LastIndexOf(' ') + 1)..]));
            return used;
        }
        if (suffix is "C" or "F" && !one && (NearbyWords.Any(tokens, index, TemperatureWords) || SaysTheWeather(tokens, index)))
        {
            // "Temperatures will reach 38C": a glued C or F without its degree sign, in a sentence about the weather or a
            // fever (elsewhere "38C" is a seat or a flat).
            words = $"{amount} degrees {(suffix == "C" ? "Celsius" : "Fahrenheit")}";
            return 1;
        }
        // "over 1400m carries": a round distance of a thousand metres or more after a word of distance is metres, since
        // British copy writes a thousand million as "1.4bn" ("raised 2,500m yen" keeps its millions).
        var thousandsOfMetres = suffix == "m" && NumberText.Split(tokens[index].Text).Digits.Replace(",", "", StringComparison.Ordinal) is { Length: >= 4 } whole
            && NumberText.IsPlain(whole) && whole.EndsWith("00", StringComparison.Ordinal)
            && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "over" or "across" or "the" or "a" or "for" or "of" };
        if (suffix == "m" && !thousandsOfMetres && !GluedMetreLength.Is(tokens, index) && (CountsWhatFollows(tokens, index) || CountedTotals.Reached(tokens, index) || ComparedWithACount(tokens, index)))
        {
            // "2.4m tonnes", "1.4m customer records", "3m people": British copy's glued "m" is million when what follows
            // is counted (a unit, a plural noun), or when a total reached it ("grew to 7.6m in England"); a length before a
            // noun describes it behind a determiner ("the 400m hurdles").
            words = $"{amount} million";
            return 1;
        }
        if (suffix == "c" && GluedCents(tokens, index) is var centsTokens and > 0)
        {
            // "a dividend of 42c a share", "174.3c a litre", "9.6c/kWh": a lowercase "c" glued to a price with its rate is
            // cents (Australian and Irish copy; a temperature is a capital C); "down 6.1c" beside such a price is too.
            words = $"{amount} {(amount == "one" ? "cent" : "cents")}";
            if (centsTokens == 3)
            {
                words += $" per {Units.ReadPer(tokens[index + 2].Text)}";
            }
            return centsTokens;
        }
        if (suffix == "t" && NearbyWords.Any(tokens, index, WeightWords))
        {
            // "a weight limit of 7.5t": a glued "t" beside a word of weight is the tonne.
            words = $"{amount} {(amount == "one" ? "tonne" : "tonnes")}";
            return 1;
        }
        if (suffix == "nm" && NearbyWords.Any(tokens, index, SailingWords))
        {
            // "the 1,200nm race" with a sailor: nautical miles, not nanometres.
            words = $"{amount} nautical {(DescribesNoun(tokens, index) ? "mile" : "miles")}";
            return 1;
        }
        if (suffix == "yo" && NumberText.IsPlain(NumberText.Split(tokens[index].Text).Digits))
        {
            // "the 6yo": racing and court copy's age, "six-year-old".
            words = $"{amount}-year-old";
            return 1;
        }
        if (suffix == "in" && amount.Contains(" point ", StringComparison.Ordinal) || suffix == "in" && DescribesNoun(tokens, index))
        {
            // "a 6.7in screen", "a 12in pizza": a glued "in" is the inch (a decimal or a noun after it; "in" alone is a word).
            words = $"{amount} {(DescribesNoun(tokens, index) ? "inch" : "inches")}";
            return 1;
        }
        if (suffix == "st" && NumberText.TryParseInteger(NumberText.Split(tokens[index].Text).Digits, out var stones) && !OrdinalPass.AgreesWith(stones, suffix))
        {
            // "9st 4lb": "st" on a number that cannot take it as an ordinal ("1st", "21st") is the stone, Britain's
            // body weight; it has no plural ("nine stone").
            words = $"{amount} stone";
            return 1;
        }
        // "9mm rounds", "a 20kg bag": a unit glued to its number before a noun describes it, so it stays singular.
        var spoken = ReadUnit(tokens, index, suffix, one, glued: true, out var unitTokens);
        if (spoken is not null && !one && !IsRate(spoken) && (DescribesNoun(tokens, index) || SideOfDescribedSize(tokens, index, unitTokens)
            || RangeEndDescribesNoun(tokens, index, NounAfter(tokens, index + unitTokens))
            || unitTokens > 1 && DescribesNoun(tokens, index, NounAfter(tokens, index + unitTokens))))
        {
            // "a 612m² section": the noun may come after the unit's power sign.
            spoken = ReadUnit(tokens, index, suffix, one: true, glued: true, out unitTokens);
        }
        if (spoken is null && suffix == "s" && amount.Contains(" point ", StringComparison.Ordinal))
        {
            // "9.58s" is a time: a decimal cannot be a plural ("the 1990s", "in their 20s").
            spoken = "seconds";
            unitTokens = 1;
        }
        if (spoken is null)
        {
            return 0;
        }
        // ReadUnit counts the suffix itself as one token; the number and its suffix are one token here.
        var count = unitTokens;
        words = $"{amount} {spoken}";
        return count;
    }

    /// <summary>Scales copy glues to a figure ("1.2bn", "1.8m", "40k"), before a unit set apart from it.</summary>
    private static readonly Dictionary<string, string> GluedScales = new(StringComparer.Ordinal)
    {
        ["k"] = "thousand",
        ["m"] = "million",
        ["mn"] = "million",
        ["bn"] = "billion",
        ["tn"] = "trillion",
    };

    /// <summary>
    /// The plural unit set apart after a figure with a glued scale ("km" in "1.2bn km"), or null; a spaced "t" is the
    /// tonne where it ends the quantity ("4.5m t of grain"), as for a plain figure.
    /// </summary>
    private static string? ScaledUnit(IReadOnlyList<Token> tokens, int at, string symbol, out int used)
    {
        if (symbol == "in")
        {
            // "6.02m in the final": a spaced "in" is the preposition here too.
            used = 0;
            return null;
        }
        if (symbol == "t" && At(tokens, at + 1) is null or { Kind: TokenKind.Punctuation, Text: not ("-" or "'") } or { Kind: TokenKind.Word, Text: "of" or "a" or "per" or "in" or "and" or "or" })
        {
            used = 1;
            return "tonnes";
        }
        return ReadUnit(tokens, at, symbol, one: false, glued: false, out used);
    }

    /// <summary>
    /// A screen or image size, "1920x1080" or "3840 x 2160": both sides of three or four plain digits, said in pairs as
    /// people say them ("nineteen twenty by ten eighty"); a round thousand stays whole. Null for anything else
    /// ("2x4", "10 x 12" are read as numbers).
    /// </summary>
    private string? Resolution(string width, string height)
    {
        string? Side(string digits) => digits.Length is 3 or 4 && NumberText.IsPlain(digits) && digits[0] != '0'
            ? digits.EndsWith("000", StringComparison.Ordinal) ? numbers.Cardinal(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)) : NumberText.Pairs(numbers, digits)
            : null;
        return Side(width) is { } w && Side(height) is { } h ? $"{w} by {h}" : null;
    }

    /// <summary>
    /// "people per km²", "per sq mi", "per m³": a squared or cubed unit after "per" with no number before it. Plain
    /// symbols after "per" are left to the rate readings; the power is what makes the symbol a unit here.
    /// </summary>
    private static int PerPoweredUnit(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        if (tokens[index] is not { Kind: TokenKind.Word, Text: "per" } || At(tokens, index + 1) is not { Kind: TokenKind.Word } symbol)
        {
            return 0;
        }
        if (symbol.Text is "sq" or "cu" && PoweredUnit(tokens, index + 2, one: true) is ({ } area, var used))
        {
            words = $"per {(symbol.Text == "sq" ? "square" : "cubic")} {area}";
            return 2 + used;
        }
        if (At(tokens, index + 2) is { Kind: TokenKind.Symbol, SpaceBefore: false, Text: "²" or "³" } power
            && Units.Read(symbol.Text, one: true, glued: true) is { } unit)
        {
            words = $"per {(power.Text == "²" ? "square" : "cubic")} {unit}";
            return 3;
        }
        return 0;
    }

    /// <summary>"in" joined to a number by a hyphen and closed by its period ("a 6.1-in. display") is the inch.</summary>
    private static string? InchBeforeNoun(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Word, Text: "in" } && At(tokens, at + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
        && At(tokens, at + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsLower) ? "inch" : null;

    /// <summary>
    /// The unit after a spaced "sq" or "cu" ("sq ft", "cu. m", "sq km"): its name, singular or plural, and how many
    /// tokens it used, the periods included.
    /// </summary>
    private static (string? Unit, int Used) PoweredUnit(IReadOnlyList<Token> tokens, int at, bool one)
    {
        var k = at;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false })
        {
            k++;
        }
        if (At(tokens, k) is not { Kind: TokenKind.Word } unit || unit.Text is "sq" or "cu" || Units.Read(unit.Text, one, glued: true) is not { } name)
        {
            return (null, 0);
        }
        return (name, k + 1 - at);
    }

    /// <summary>The unit after "sq" in "sq.-ft." or "sq. ft.": its singular name and how many tokens it used.</summary>
    private static (string? Unit, int Used) SquaredUnit(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        while (k < at + 2 && At(tokens, k) is { Kind: TokenKind.Punctuation, Text: "." or "-", SpaceBefore: false })
        {
            k++;
        }
        if (At(tokens, k) is not { Kind: TokenKind.Word } unit || Units.Read(unit.Text, one: true, glued: true) is not { } name)
        {
            return (null, 0);
        }
        k++;
        if (At(tokens, k) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } && At(tokens, k + 1) is not null)
        {
            k++;
        }
        return (name, k - at);
    }

    private static readonly HashSet<string> RoadWords = new(StringComparer.OrdinalIgnoreCase) { "route", "rte", "highway", "hwy", "road", "interstate", "exit", "state", "county", "US" };

    /// <summary>
    /// "won the 1,500m in 3:49", "the 1,500m title": a distance written with its thousands comma is a race's name, said in
    /// hundreds, only after "the" and alone or before a word of the race; elsewhere ("climbs 1,100m", "the 1,500m freestyle
    /// final") the copy counts it in thousands.
    /// </summary>
    private static bool NamesARace(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" or "The" }
        && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation } or { Kind: TokenKind.Word, Text: "in" or "at" or "on" or "title" or "final" or "race" or "gold" or "crown" };

    /// <summary>Whether a capitalised word (a name or label: "Block 12 C") stands right before the number, past a minus sign.</summary>
    private static bool AfterAName(IReadOnlyList<Token> tokens, int index)
    {
        var before = At(tokens, index - 1) is { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: "-" or "\u2212" } ? At(tokens, index - 2) : At(tokens, index - 1);
        return before is { Kind: TokenKind.Word } name && char.IsUpper(name.Text[0]);
    }

    /// <summary>Words of weight, beside which a glued "t" is the tonne.</summary>
    private static readonly HashSet<string> WeightWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "weight", "weighs", "weighing", "weighed", "load", "loads", "lorry", "lorries", "truck", "trucks", "tonnage", "payload", "vehicles", "axle",
    };

    /// <summary>Words of the sea, beside which a glued "nm" is the nautical mile.</summary>
    private static readonly HashSet<string> SailingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sailor", "sailors", "sailing", "yacht", "yachts", "boat", "boats", "race", "regatta", "voyage", "sea", "seas", "ocean", "offshore",
        "coast", "knots", "vessel", "ship", "crew", "navy", "nautical", "maritime",
    };

    /// <summary>Whether a currency sign ($, €, £...) stands in a clause-sized window around <paramref name="index"/>.</summary>
    private static bool CurrencySignNearby(IReadOnlyList<Token> tokens, int index) =>
        NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Symbol, Text: "$" or "\u20AC" or "\u00A3" } or { Kind: TokenKind.Spoken, Class: "money" });

    /// <summary>Words of a share price or payout, beside which a glued "c" is cents.</summary>
    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "dividend", "dividends", "EPS", "earnings", "payout",
    };

    /// <summary>
    /// How many tokens a glued cents price spans from <paramref name="index"/>: 1 before its rate ("42c a share", "174.3c
    /// a litre") or beside another such price in the sentence ("down 6.1c"), 3 with a per-unit slash ("9.6c/kWh"), 0 when
    /// the "c" is no price. A cents price is under a thousand.
    /// </summary>
    private static int GluedCents(IReadOnlyList<Token> tokens, int index)
    {
        // "1,146c/kg": a wool or livestock price runs past a thousand cents, with its thousands group.
        static bool IsCents(Token? token) => token is { Kind: TokenKind.Number } && NumberText.Split(token.Text) is (var digits, "c")
            && digits.Split('.') is [var whole, ..] && (whole.Length is >= 1 and <= 3 || whole is [>= '1' and <= '9', ',', _, _, _])
            && NumberText.IsPlain(digits.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal));
        static bool HasRate(IReadOnlyList<Token> tokens, int at) =>
            At(tokens, at + 1) is { Kind: TokenKind.Word, Text: "a" or "an" or "per" or "each" or "apiece" }
            || At(tokens, at + 1) is { Text: "/", SpaceBefore: false } && At(tokens, at + 2) is { Kind: TokenKind.Word, SpaceBefore: false } unit && Units.ReadPer(unit.Text) is not null;
        if (!IsCents(tokens[index]))
        {
            return 0;
        }
        if (HasRate(tokens, index))
        {
            return At(tokens, index + 1) is { Text: "/" } ? 3 : 1;
        }
        if (NearbyWords.AnyOther(tokens, index, k => IsCents(tokens[k]) && HasRate(tokens, k)))
        {
            return 1;
        }
        // "Headline earnings per share rose 12% to 486.3c": a share's price or earnings, quoted in cents; "rise by 80c to
        // €14.30 an hour": beside a price written with its currency's sign.
        return NearbyWords.Any(tokens, index, ShareWords) || CurrencySignNearby(tokens, index) ? 1 : 0;
    }

    /// <summary>
    /// Whether the words after the number are what it counts: a unit's name ("2.4m tonnes"), or, with no determiner
    /// before the number, a plural noun right after it or after one lowercase modifier ("1.4m customer records").
    /// </summary>
    private static bool CountsWhatFollows(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } units && units.Text.Length is >= 2 and <= 5
            && units.Text.TrimEnd('s').All(char.IsAsciiLetterUpper) && !DescribesWhatFollows(tokens, index))
        {
            // "handled 2.84m TEU", "3m SMEs": units counted by their initials; a length before initials takes a
            // determiner ("a 6m RIB", "the new 6m RIB").
            return true;
        }
        if (At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } named && named.Text.Length > 1 && char.IsAsciiLetterUpper(named.Text[0])
            && named.Text.Skip(1).All(char.IsAsciiLetterLower) && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: true } counted
            && counted.Text.All(char.IsAsciiLetterLower) && IsPluralNoun(counted.Text) && !HaveALength.Contains(counted.Text) && !ReadsAsVerb(tokens, index + 2))
        {
            // "1.2m Christmas cards", "3m Irish households": a name before a plural noun counts it as any adjective does.
            return true;
        }
        if (At(tokens, index + 1) is not { Kind: TokenKind.Word, SpaceBefore: true } first || !first.Text.All(char.IsAsciiLetterLower) || NotNouns.Contains(first.Text))
        {
            return false;
        }
        if (Units.IsName(first.Text))
        {
            return true;
        }
        if (IsPluralNoun(first.Text))
        {
            // "the 2.1m residents" as "2.1m residents": behind a determiner too, a plural noun that has no length is
            // counted ("the 400m hurdles" keeps meters through the list).
            return !HaveALength.Contains(first.Text);
        }
        if (DeterminerBefore(tokens, index))
        {
            return false;
        }
        return At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: true } second && second.Text.All(char.IsAsciiLetterLower)
            && IsPluralNoun(second.Text) && !HaveALength.Contains(second.Text);
    }

    /// <summary>
    /// "61m passengers in 2026, vs. 57m last year": a glued "m" with no noun of its own, in a sentence where another
    /// glued "m" counts what follows or a figure is written "N million", is the same kind of figure (million). Only when nothing a length could describe
    /// follows it: punctuation, the end, or a word that is not a lowercase noun's start ("last", "in", "a").
    /// </summary>
    private static bool ComparedWithACount(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } next && !FunctionWordsAfterACount.Contains(next.Text))
        {
            return false;
        }
        // Within a clause-sized window, so a sentence of thousands of "1m" stays linear.
        for (var k = Math.Max(0, index - NearbyWords.Window); k < Math.Min(tokens.Count, index + NearbyWords.Window); k++)
        {
            if (k != index && tokens[k].Kind == TokenKind.Number && NumberText.Split(tokens[k].Text).Suffix == "m" && CountsWhatFollows(tokens, k))
            {
                return true;
            }
            if (tokens[k] is { Kind: TokenKind.Word, Text: "million" or "millions" } && At(tokens, k - 1) is { Kind: TokenKind.Number })
            {
                // "7.42 million cases ..., down from a peak of 7.77m": the same figure spelled out beside it.
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The spoken unit a rate is per after a counted word's slash ("week" in "6 eggs/week"), or null: a unit symbol or
    /// time abbreviation, or one of the plain words rates are quoted per ("cats/dogs" is no rate).
    /// </summary>
    private static string? RateDenominator(string text) =>
        Units.ReadPer(text) is { } per && (per != text || RateWords.Contains(text)) ? per : null;

    /// <summary>Plain words a count or price is quoted per: "trips/day", "bales/acre", "euros/month".</summary>
    private static readonly HashSet<string> RateWords = new(StringComparer.Ordinal)
    {
        "day", "week", "month", "year", "hour", "minute", "second", "night", "shift", "acre", "hectare", "head", "person", "capita",
        "game", "match", "litre", "liter", "gallon", "tonne", "ton", "kilo", "pound", "unit", "share", "barrel", "bushel",
    };

    /// <summary>Money named in words after its amount: a rate of these is said with the article ("a pound").</summary>
    private static readonly HashSet<string> PriceWords = new(StringComparer.Ordinal)
    {
        "cents", "cent", "pence", "dollars", "euros", "pounds", "rand", "rupees", "yen", "francs", "pesos",
    };

    /// <summary>What a rate is per after "a" or "an": "1 g a day", "2 L an hour".</summary>
    private static readonly HashSet<string> RatePeriods = new(StringComparer.Ordinal)
    {
        "day", "week", "month", "year", "hour", "minute", "second", "night", "dose", "serving",
    };

    /// <summary>Words of a percentage, beside which "pp" is percentage points.</summary>
    private static readonly HashSet<string> PercentWords = new(StringComparer.OrdinalIgnoreCase) { "percent", "cent", "percentage", "rate", "rates", "poll", "polls", "share" };

    /// <summary>Words that may follow a figure that stands alone: prepositions, time words, conjunctions.</summary>
    private static readonly HashSet<string> FunctionWordsAfterACount = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "by", "for", "from", "to", "a", "an", "the", "last", "this", "next", "earlier", "ago", "before",
        "after", "and", "or", "but", "than", "over", "since", "while", "with", "year", "years", "month", "months",
    };

    /// <summary>
    /// Plural nouns a glued "m" measures rather than counts: things and events described by a length or distance ("6m
    /// waves", "the 100m and 200m titles", "400m runners"). Before any other plural noun it is million.
    /// </summary>
    private static readonly HashSet<string> HaveALength = new(StringComparer.Ordinal)
    {
        "waves", "swells", "surges", "tides", "boats", "yachts", "ships", "vessels", "walls", "fences", "trees", "cliffs", "drops", "falls",
        "towers", "buildings", "bridges", "tunnels", "pipes", "cables", "poles", "boards", "ladders", "lengths", "laps",
        "jumps", "throws", "races", "runners", "sprinters", "swimmers", "hurdles", "hurdlers", "titles", "medals", "events", "heats",
        "finals", "relays", "sprints", "swims", "splits", "champions", "specialists", "dashes",
        "platforms", "pools", "lanes", "dives", "divers", "rooms", "floors", "gaps", "rocks", "boulders",
    };

    /// <summary>
    /// The spoken unit starting with <paramref name="symbol"/> at token <paramref name="at"/>, with what may follow
    /// it: "sq ft", a "/h" rate, a "²" or "³" power. <paramref name="count"/> is how many tokens it used.
    /// </summary>
    private static string? ReadUnit(IReadOnlyList<Token> tokens, int at, string symbol, bool one, bool glued, out int count)
    {
        count = 1;
        string? spoken;
        if (symbol is "sq" or "cu" && PoweredUnit(tokens, at + 1, one) is ({ } area, var used))
        {
            // "2,000 sq ft", "600,000 cu. ft.": the power word and the unit after it.
            spoken = (symbol == "sq" ? "square " : "cubic ") + area;
            count = 1 + used;
        }
        else if (symbol == "in" && IsInchWithPeriod(tokens, at))
        {
            // "1 to 3 in. of snow", "Snow depth: 87 in.", "31.42 in. (normal: 28.10 in.)".
            count = 2;
            return one ? "inch" : "inches";
        }
        else if (symbol == "pp" && glued)
        {
            // "384pp" in a book's details is pages; beside a percentage "up 2.5pp" is percentage points.
            var points = NearbyWords.Any(tokens, at, PercentWords)
                || Enumerable.Range(Math.Max(0, at - NearbyWords.Window), Math.Min(tokens.Count, at + NearbyWords.Window) - Math.Max(0, at - NearbyWords.Window))
                    .Any(k => tokens[k] is { Text: "%" } or { Kind: TokenKind.Spoken, Class: "percent" });
            return points ? (one ? "percentage point" : "percentage points") : (one ? "page" : "pages");
        }
        else if (symbol is "Mt" or "kt" && NearbyWords.Any(tokens, at, ExplosiveWords))
        {
            // "about 1.3 Mt of TNT", "a 15 kt warhead": an explosive yield is megatons and kilotons, not mined tonnes.
            var yield = symbol == "Mt" ? "megaton" : "kiloton";
            return one ? yield : yield + "s";
        }
        else if (symbol == "kt" && !glued && NearbyWords.Any(tokens, at, WindWords))
        {
            // "Gusts of 65 kt": a spaced "kt" in a sentence about wind is knots (else kilotons or karats, left as written).
            return one ? "knot" : "knots";
        }
        else
        {
            // "3 m people" is not meters, but "40 m wide" and "14.2 m from nose to tail" are: a dimension word or a
            // word that cannot be the noun the number counts (a preposition, a conjunction) settles it.
            var wordFollows = At(tokens, at + 1) is { Kind: TokenKind.Number }
                || (At(tokens, at + 1) is { Kind: TokenKind.Word } after && !DimensionWords.Contains(after.Text) && !NotNouns.Contains(after.Text)
                    // "a maximum of 1 g a day", "2 L an hour": a rate's article and period follow a unit, never a noun.
                    && !(after.Text is "a" or "an" && At(tokens, at + 2) is { Kind: TokenKind.Word } period && RatePeriods.Contains(period.Text)));
            // "draws 15 W and runs": a spaced "W" is watts before a function word or a comma, never before its own
            // period ("220 W. Maple St." is West).
            var wattsBeforeFunctionWord = symbol == "W" && !glued
                && (At(tokens, at + 1) is { Kind: TokenKind.Word } function && NotNouns.Contains(function.Text)
                    || At(tokens, at + 1) is { Kind: TokenKind.Punctuation, Text: "," or ";" or ")" }
                    // "draws about 15 W.": the sentence's last word; West always has a street name after it.
                    || (At(tokens, at + 1) is { Kind: TokenKind.Punctuation, Text: "." } && At(tokens, at + 2) is null));
            // "1417 Mt. Vernon Ave.": a capitalised abbreviation set apart, with its stop before a name, is the name's
            // title (Mount, Fort), not a unit ("84 Mt of ore").
            var titlesAName = !glued && char.IsUpper(symbol[0]) && At(tokens, at + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false }
                && At(tokens, at + 2) is { Kind: TokenKind.Word } named && char.IsUpper(named.Text[0]);
            spoken = titlesAName ? null : Units.Read(symbol, one, glued || wattsBeforeFunctionWord, wordFollows);
        }
        if (spoken is null)
        {
            return null;
        }
        if (symbol == "mm" && At(tokens, at + count) is { Kind: TokenKind.Word, Text: "Hg" })
        {
            // "120 mm Hg": blood pressure's unit.
            spoken += " of mercury";
            count++;
        }
        if (At(tokens, at + count) is { Kind: TokenKind.Symbol, SpaceBefore: false } power && power.Text is "²" or "³")
        {
            spoken = (power.Text == "²" ? "square " : "cubic ") + spoken;
            count++;
        }
        if (At(tokens, at + count) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } && At(tokens, at + count + 1) is { Text: "/", SpaceBefore: false }
            && At(tokens, at + count + 2) is { Kind: TokenKind.Word, SpaceBefore: false } dottedRate && Units.ReadPer(dottedRate.Text) is not null)
        {
            // "20 hrs./week", "198.4 bu./acre": the abbreviation's own stop before the slash of its rate.
            count++;
        }
        // "mL/kg/h", "mg/kg/day": a dose rate divides twice.
        for (var divisions = 0; divisions < 2 && At(tokens, at + count) is { Text: "/", SpaceBefore: false } && At(tokens, at + count + 1) is { Kind: TokenKind.Word, SpaceBefore: false } rate
            && Units.ReadPer(rate.Text) is { } per; divisions++)
        {
            count += 2;
            // "10 µg/m³", "5.5 g/cm³": the power belongs to the unit after "per", and loses its meaning if dropped.
            if (At(tokens, at + count) is { Kind: TokenKind.Symbol, SpaceBefore: false, Text: "²" or "³" } perPower)
            {
                // A squared time is an acceleration, said after its unit ("meters per second squared"); a squared
                // length is an area ("per square meter").
                per = per is "second" or "hour" or "minute"
                    ? $"{per} {(perPower.Text == "²" ? "squared" : "cubed")}"
                    : (perPower.Text == "²" ? "square " : "cubic ") + per;
                count++;
            }
            spoken += " per " + per;
        }
        if (At(tokens, at + count) is { Text: "/", SpaceBefore: false } && At(tokens, at + count + 1) is { Kind: TokenKind.Number, SpaceBefore: false, Text: "100km" })
        {
            // "5.8L/100km": fuel use per hundred kilometers, as the metric world quotes it.
            spoken += " per hundred kilometers";
            count += 2;
        }
        return spoken;
    }

    /// <summary>"It was 35C in Perth", "it's 12F": the weather's own "it" before the reading.</summary>
    private static bool SaysTheWeather(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "was" or "is" or "hit" or "reached" or "reach" or "be" } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "it" or "It" }
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "it's" or "It's" or "it’s" or "It’s" };

    /// <summary>
    /// A height in feet and inches: 6'2" or 5′ 11″ -> "six foot two", as heights are said. Only a one-digit foot
    /// count and 0 to 11 inches closed by an inch mark count, so a quotation such as '6' is never read as feet.
    /// Returns how many tokens it read (0 when it is not a height) and the words.
    /// </summary>
    private int FeetAndInches(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        if (tokens[index].Text is not { Length: 1 } feet || !char.IsAsciiDigit(feet[0])
            || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "'" or "\u2019" or "\u2032", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number } inches || inches.Text.Length > 2 || !NumberText.IsPlain(inches.Text)
            || At(tokens, index + 3) is not { Kind: TokenKind.Punctuation, Text: "\"" or "\u201D" or "\u2033", SpaceBefore: false })
        {
            return 0;
        }
        var inchCount = int.Parse(inches.Text, System.Globalization.CultureInfo.InvariantCulture);
        if (inchCount > 11)
        {
            return 0;
        }
        var footWords = numbers.Cardinal(feet[0] - '0');
        words = inchCount == 0 ? $"{footWords} foot" : $"{footWords} foot {numbers.Cardinal(inchCount)}";
        return 4;
    }
}
