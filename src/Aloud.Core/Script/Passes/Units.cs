namespace Aloud.Script.Passes;

/// <summary>
/// Units of measure as written in news copy and how they are spoken. Symbols are case-sensitive because case
/// changes the unit ("mm" millimeters, "Mm" is not a news unit; "MB" megabytes, "mb" is not trusted).
/// </summary>
internal static class Units
{
    private static readonly Dictionary<string, (string One, string Many)> Table = new(StringComparer.Ordinal)
    {
        ["km"] = ("kilometer", "kilometers"),
        ["m"] = ("meter", "meters"),
        ["cm"] = ("centimeter", "centimeters"),
        ["mm"] = ("millimeter", "millimeters"),
        ["μm"] = ("micrometer", "micrometers"),
        ["µm"] = ("micrometer", "micrometers"),
        ["nm"] = ("nanometer", "nanometers"),
        ["mi"] = ("mile", "miles"),
        ["ft"] = ("foot", "feet"),
        // Only glued ("a 27in monitor"): spaced, "in" is the preposition (NeverSpaced).
        ["in"] = ("inch", "inches"),
        ["yd"] = ("yard", "yards"),
        ["yds"] = ("yard", "yards"),
        ["kg"] = ("kilogram", "kilograms"),
        ["KG"] = ("kilogram", "kilograms"),
        ["g"] = ("gram", "grams"),
        ["mg"] = ("milligram", "milligrams"),
        ["gm"] = ("gram", "grams"),
        ["gms"] = ("gram", "grams"),
        ["lb"] = ("pound", "pounds"),
        ["lbs"] = ("pound", "pounds"),
        ["oz"] = ("ounce", "ounces"),
        // The farm price's unit: a hundred pounds of milk or grain in US markets copy.
        ["cwt"] = ("hundredweight", "hundredweight"),
        // Grain yields and prices in US farm copy: "198.4 bu./acre", "$4.10/bu".
        ["bu"] = ("bushel", "bushels"),
        ["l"] = ("liter", "liters"),
        ["L"] = ("liter", "liters"),
        ["ml"] = ("milliliter", "milliliters"),
        ["mL"] = ("milliliter", "milliliters"),
        ["KB"] = ("kilobyte", "kilobytes"),
        ["MB"] = ("megabyte", "megabytes"),
        ["GB"] = ("gigabyte", "gigabytes"),
        ["TB"] = ("terabyte", "terabytes"),
        ["mph"] = ("mile per hour", "miles per hour"),
        ["kph"] = ("kilometer per hour", "kilometers per hour"),
        ["mbps"] = ("megabit per second", "megabits per second"),
        ["Mbps"] = ("megabit per second", "megabits per second"),
        ["Gbps"] = ("gigabit per second", "gigabits per second"),
        ["kW"] = ("kilowatt", "kilowatts"),
        ["MW"] = ("megawatt", "megawatts"),
        ["GW"] = ("gigawatt", "gigawatts"),
        ["kWh"] = ("kilowatt hour", "kilowatt hours"),
        ["bpd"] = ("barrel per day", "barrels per day"),
        ["ppt"] = ("part per trillion", "parts per trillion"),
        ["kmh"] = ("kilometer per hour", "kilometers per hour"),
        ["hp"] = ("horsepower", "horsepower"),
        ["Hz"] = ("hertz", "hertz"),
        ["kHz"] = ("kilohertz", "kilohertz"),
        ["MHz"] = ("megahertz", "megahertz"),
        ["GHz"] = ("gigahertz", "gigahertz"),
        ["ms"] = ("millisecond", "milliseconds"),
        ["sec"] = ("second", "seconds"),
        ["min"] = ("minute", "minutes"),
        ["pct"] = ("percent", "percent"),
        ["ppm"] = ("part per million", "parts per million"),
        ["dL"] = ("deciliter", "deciliters"),
        ["bps"] = ("basis point", "basis points"),
        ["bp"] = ("basis point", "basis points"),
        ["bpm"] = ("beat per minute", "beats per minute"),
        ["atm"] = ("atmosphere", "atmospheres"),
        ["IU"] = ("international unit", "international units"),
        ["fps"] = ("frame per second", "frames per second"),
        ["mAh"] = ("milliamp hour", "milliamp hours"),
        ["mcg"] = ("microgram", "micrograms"),
        ["µg"] = ("microgram", "micrograms"),
        ["μg"] = ("microgram", "micrograms"),
        ["ng"] = ("nanogram", "nanograms"),
        ["µL"] = ("microliter", "microliters"),
        ["μL"] = ("microliter", "microliters"),
        ["dB"] = ("decibel", "decibels"),
        ["AU"] = ("astronomical unit", "astronomical units"),
        ["pts"] = ("point", "points"),
        ["PB"] = ("petabyte", "petabytes"),
        ["MP"] = ("megapixel", "megapixels"),
        ["mb"] = ("millibar", "millibars"),
        ["mmHg"] = ("millimeter of mercury", "millimeters of mercury"),
        ["W"] = ("watt", "watts"),
        ["ppb"] = ("part per billion", "parts per billion"),
        ["hr"] = ("hour", "hours"),
        ["h"] = ("hour", "hours"),
        ["yr"] = ("year", "years"),
        ["yrs"] = ("year", "years"),
        ["wk"] = ("week", "weeks"),
        ["wks"] = ("week", "weeks"),
        ["mth"] = ("month", "months"),
        ["wkt"] = ("wicket", "wickets"),
        ["wkts"] = ("wicket", "wickets"),
        ["mths"] = ("month", "months"),
        // US health and legal copy: "children aged 12 mos. to 4 yrs.".
        ["mos"] = ("month", "months"),
        ["mo"] = ("month", "months"),
        ["gal"] = ("gallon", "gallons"),
        ["qt"] = ("quart", "quarts"),
        ["tsp"] = ("teaspoon", "teaspoons"),
        ["tbsp"] = ("tablespoon", "tablespoons"),
        ["Tbsp"] = ("tablespoon", "tablespoons"),
        ["tbs"] = ("tablespoon", "tablespoons"),
        ["Tsp"] = ("teaspoon", "teaspoons"),
        // Motoring: "161bhp" (said as its letters), "400Nm of torque" (a capital N is the newton; "nm" is the nanometer).
        ["bhp"] = ("b h p", "b h p"),
        ["Nm"] = ("newton meter", "newton meters"),
        // Water storage in Australian copy: "2,581GL", "450ML".
        ["GL"] = ("gigaliter", "gigaliters"),
        ["ML"] = ("megaliter", "megaliters"),
        // South African and Australian copy also write the megalitre "Ml" (the prefix's capital, the litre's small l).
        ["Ml"] = ("megaliter", "megaliters"),
        ["kL"] = ("kiloliter", "kiloliters"),
        // South African copy writes the litre with the script small l: "R24,50 per kℓ", "a 5ℓ bottle".
        ["kℓ"] = ("kiloliter", "kiloliters"),
        ["Mℓ"] = ("megaliter", "megaliters"),
        ["mℓ"] = ("milliliter", "milliliters"),
        ["ℓ"] = ("liter", "liters"),
        // Western US water: "1.2 million acre-ft." of storage.
        ["acre-ft"] = ("acre-foot", "acre-feet"),
        ["hrs"] = ("hour", "hours"),
        // "112,000kms": a plural symbol some copy writes for kilometres driven.
        ["kms"] = ("kilometer", "kilometers"),
        // Indian farm prices: "Rs 2,400/qtl", a quintal of a hundred kilograms.
        ["qtl"] = ("quintal", "quintals"),
        ["mins"] = ("minute", "minutes"),
        ["secs"] = ("second", "seconds"),
        ["sq"] = ("square", "square"),
        ["m2"] = ("square meter", "square meters"),
        ["km2"] = ("square kilometer", "square kilometers"),
        ["cm2"] = ("square centimeter", "square centimeters"),
        ["m3"] = ("cubic meter", "cubic meters"),
        ["cm3"] = ("cubic centimeter", "cubic centimeters"),
        ["ha"] = ("hectare", "hectares"),
        // "60 ac.": a farm's acres, as Irish and British farm notes write them.
        ["ac"] = ("acre", "acres"),
        ["cu"] = ("cubic", "cubic"),
        ["kV"] = ("kilovolt", "kilovolts"),
        ["mV"] = ("millivolt", "millivolts"),
        ["mA"] = ("milliamp", "milliamps"),
        ["MWh"] = ("megawatt hour", "megawatt hours"),
        ["GWh"] = ("gigawatt hour", "gigawatt hours"),
        ["TWh"] = ("terawatt hour", "terawatt hours"),
        ["kPa"] = ("kilopascal", "kilopascals"),
        ["hPa"] = ("hectopascal", "hectopascals"),
        ["MPa"] = ("megapascal", "megapascals"),
        ["kcal"] = ("kilocalorie", "kilocalories"),
        ["bbl"] = ("barrel", "barrels"),
        ["mi2"] = ("square mile", "square miles"),
        ["ft2"] = ("square foot", "square feet"),
        ["ft3"] = ("cubic foot", "cubic feet"),
        ["cc"] = ("CC", "CC"),
        ["Sv"] = ("sievert", "sieverts"),
        ["mSv"] = ("millisievert", "millisieverts"),
        ["µSv"] = ("microsievert", "microsieverts"),
        ["μSv"] = ("microsievert", "microsieverts"),
        // Physics: particle energies, the cold of atom traps, short times, doses and activity.
        ["eV"] = ("electron volt", "electron volts"),
        ["keV"] = ("kilo electron volt", "kilo electron volts"),
        ["MeV"] = ("mega electron volt", "mega electron volts"),
        ["GeV"] = ("giga electron volt", "giga electron volts"),
        ["TeV"] = ("tera electron volt", "tera electron volts"),
        ["mK"] = ("millikelvin", "millikelvin"),
        ["µK"] = ("microkelvin", "microkelvin"),
        ["μK"] = ("microkelvin", "microkelvin"),
        ["nK"] = ("nanokelvin", "nanokelvin"),
        ["ns"] = ("nanosecond", "nanoseconds"),
        ["µs"] = ("microsecond", "microseconds"),
        ["μs"] = ("microsecond", "microseconds"),
        ["TW"] = ("terawatt", "terawatts"),
        ["Tbps"] = ("terabit per second", "terabits per second"),
        ["kbps"] = ("kilobit per second", "kilobits per second"),
        // "221 Mbit/s": the bit units before "/s".
        // Mining and emissions copy: "shipped 84Mt of iron ore" (megatonnes, said as million tonnes), "1.2Gt of CO2",
        // "a 10Mtpa mine".
        ["Mt"] = ("million tonnes", "million tonnes"),
        ["Gt"] = ("billion tonnes", "billion tonnes"),
        ["mtpa"] = ("million tonnes a year", "million tonnes a year"),
        // Gas and energy markets: "$3.84/MMBtu", "2.5 Bcf/d".
        ["MMBtu"] = ("million British thermal units", "million British thermal units"),
        ["Bcf"] = ("billion cubic feet", "billion cubic feet"),
        ["bcm"] = ("billion cubic meters", "billion cubic meters"),
        ["Mtpa"] = ("million tonnes a year", "million tonnes a year"),
        ["kbit"] = ("kilobit", "kilobits"),
        ["Mbit"] = ("megabit", "megabits"),
        ["Gbit"] = ("gigabit", "gigabits"),
        ["Tbit"] = ("terabit", "terabits"),
        // New Zealand dairy's price unit: "$10.15/kgMS".
        ["kgMS"] = ("kilogram of milk solids", "kilograms of milk solids"),
        ["Bq"] = ("becquerel", "becquerels"),
        ["mGy"] = ("milligray", "milligray"),
        ["mmol"] = ("millimole", "millimoles"),
        ["nmol"] = ("nanomole", "nanomoles"),
        ["pmol"] = ("picomole", "picomoles"),
        ["µmol"] = ("micromole", "micromoles"),
        ["μmol"] = ("micromole", "micromoles"),
        ["mol"] = ("mole", "moles"),
        ["Wh"] = ("watt hour", "watt hours"),
        ["mpg"] = ("mile per gallon", "miles per gallon"),
        ["MPG"] = ("mile per gallon", "miles per gallon"),
        // A cricket innings' overs as scorecards write them: "(31.2 ov)".
        ["ov"] = ("over", "overs"),
        // Box-score rates and totals: "21.4 ppg", "11 reb", "7 ast".
        ["ppg"] = ("point per game", "points per game"),
        ["rpg"] = ("rebound per game", "rebounds per game"),
        ["apg"] = ("assist per game", "assists per game"),
        ["reb"] = ("rebound", "rebounds"),
        ["ast"] = ("assist", "assists"),
        // "kts" is knots; a lone "kt" is also kilotons ("a 15 kt device") and karats ("18kt gold"), so it is knots only in a
        // sentence about wind (MeasurePass).
        ["kts"] = ("knot", "knots"),
    };

    /// <summary>Unit names as written out in full ("mile", "inch") and their plurals, from the table and the few units news spells.</summary>
    private static readonly Dictionary<string, string> Names = BuildNames();

    private static Dictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["inch"] = "inches",
            ["acre"] = "acres",
            ["ton"] = "tons",
            ["tonne"] = "tonnes",
            ["degree"] = "degrees",
            ["day"] = "days",
            ["month"] = "months",
        };
        foreach (var (one, many) in Table.Values)
        {
            if (!one.Contains(' ', StringComparison.Ordinal) && one != many && one.All(char.IsAsciiLetterLower))
            {
                names.TryAdd(one, many);
            }
        }
        return names;
    }

    /// <summary>Whether the word is a unit's full name, singular or plural ("tonnes", "mile").</summary>
    public static bool IsName(string word) => Names.ContainsKey(word) || Names.ContainsValue(word);

    /// <summary>The plural of a unit's full singular name ("mile" -> "miles", "foot" -> "feet"), or null when it is not one.</summary>
    public static string? PluralOfName(string word) => Names.GetValueOrDefault(word);

    /// <summary>Units that are also everyday words or letters: read as units only when glued to the number ("5in").</summary>
    private static readonly HashSet<string> GluedOnly = new(StringComparer.Ordinal) { "m", "g", "l", "L", "ha", "ms", "hp", "sq", "cu", "h", "W", "MP", "GL", "ML", "Nm" };

    /// <summary>Single capitals that are units only glued to a number: "220 W. Maple St." is West, "65W" is watts.</summary>
    private static readonly HashSet<string> NeverSpaced = new(StringComparer.Ordinal) { "W", "in" };

    /// <summary>
    /// The spoken unit ("kilograms") for a symbol, or null when the symbol is not a known unit. A spaced symbol that
    /// is also a word or letter ("24 m") counts only when no word follows it ("24 m)"), so "3 m people" is left alone.
    /// </summary>
    public static string? Read(string symbol, bool one, bool glued, bool wordFollows = true)
    {
        if (symbol.Length > 3 && symbol[2] is '-' or '.' && symbol[..2] is "sq" or "cu" && Table.TryGetValue(symbol[3..], out var powered))
        {
            // "a 2,150-sq-ft home", "186 sq.m": the power and the unit hyphenated or dotted into one word.
            return (symbol[..2] == "sq" ? "square " : "cubic ") + (one ? powered.One : powered.Many);
        }
        if (!Table.TryGetValue(symbol, out var unit) || (!glued && wordFollows && GluedOnly.Contains(symbol)) || (!glued && NeverSpaced.Contains(symbol)))
        {
            return null;
        }
        return one ? unit.One : unit.Many;
    }

    /// <summary>The unit after "per" ("km/h" -> "hour"): always singular.</summary>
    public static string? ReadPer(string symbol) => symbol switch
    {
        "h" or "hr" => "hour",
        "s" or "sec" => "second",
        "min" => "minute",
        "d" => "day",
        "wk" => "week",
        // "$1,520/hd", "$7.50/doz": stock sold by the head, eggs by the dozen.
        "hd" => "head",
        "doz" => "dozen",
        "mo" => "month",
        "yr" => "year",
        "gal" => "gallon",
        "bbl" => "barrel",
        // "US$98/t": a commodity price per tonne ("t" alone is too short to be a unit anywhere else).
        "t" => "tonne",
        _ when Table.TryGetValue(symbol, out var unit) => unit.One,
        // "$29.99/month", "$5/person": a plain lowercase word after the slash is what the rate is per.
        _ when symbol.Length is >= 3 and <= 12 && symbol.All(char.IsAsciiLetterLower) => symbol,
        _ => null,
    };
}
