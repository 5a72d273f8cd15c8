using System.Globalization;
using System.Text.RegularExpressions;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Short label words British and Irish copy abbreviates before what they label: "incident no. 0412" -> "number",
/// "contrary to s.2 of the Fraud Act" -> "section two", "League Div 1" -> "Division one", "Co Wexford" -> "County
/// Wexford", "Cos Galway, Mayo and Clare" -> "Counties Galway". Each only in the shape that cannot be anything else.
/// </summary>
internal sealed partial class LabelAbbreviationPass(INumberWords numbers) : TokenPass
{
    public override string Name => "abbreviation";

    /// <summary>Words before an Irish county's name: "in Co Mayo", "of Co. Clare", "Ardnagh, Co Wexford".</summary>
    private static readonly HashSet<string> BeforeCounty = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "of", "for", "from", "at", "across", "near", "throughout", "outside", "north", "south", "east", "west",
        // "the wind farm off the Co. Wicklow coast".
        "off", "the",
        // The last of a list of counties: "for Co. Kerry, Co. Clare and Co. Galway".
        "and", "or",
        // "delivered to Co. Wexford", "born into a Co. Clare family".
        "to", "into", "around", "within",
    };

    /// <summary>The island of Ireland's thirty-two counties, and County Durham: the places copy writes "Co" before.</summary>
    private static readonly HashSet<string> IrishCounties = new(StringComparer.Ordinal)
    {
        "Antrim", "Armagh", "Carlow", "Cavan", "Clare", "Cork", "Derry", "Donegal", "Down", "Dublin", "Fermanagh", "Galway", "Kerry",
        "Kildare", "Kilkenny", "Laois", "Leitrim", "Limerick", "Londonderry", "Longford", "Louth", "Mayo", "Meath", "Monaghan", "Offaly",
        "Roscommon", "Sligo", "Tipperary", "Tyrone", "Waterford", "Westmeath", "Wexford", "Wicklow",
        // England's one county named "County" in its own title.
        "Durham",
    };

    /// <summary>The year of "c.1890" or "ca.1650", circa glued to a year in one word; null for any other token.</summary>
    internal static int? GluedCircaYear(Token token) =>
        token is { Kind: TokenKind.Word } && token.Text.Split('.') is [var label, var digits] && label is "c" or "ca"
        && digits.Length == 4 && NumberText.IsPlain(digits) && digits[0] is '1' or '2' ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Whether a word that introduces a vehicle's registration stands a few words before <paramref name="index"/>.</summary>
    private static bool AfterPlateWord(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= Math.Max(0, index - 4); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } plate && plate.Text.ToLowerInvariant() is "plate" or "plates" or "registration" or "reg" or "tag" or "tags" or "number-plate")
            {
                return true;
            }
        }
        return false;
    }

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        var hasDot = At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false };
        var after = At(tokens, hasDot ? index + 2 : index + 1);
        if (word.Text is "Train" or "train" && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "No" or "no" } && At(tokens, index + 2) is { Text: ".", SpaceBefore: false }
            && At(tokens, index + 3) is { Kind: TokenKind.Number, Text.Length: 5 } trainNumber && NumberText.IsPlain(trainNumber.Text))
        {
            // "Train No. 12841": Indian Railways' five-digit train numbers are said digit by digit.
            replacement = Spoken(tokens, index, 4, $"{word.Text} number {numbers.Digits(trainNumber.Text)}");
            return 4;
        }
        if (word.Text is "Train" or "train" && At(tokens, index + 1) is { Text: "," } && At(tokens, index + 2) is { Kind: TokenKind.Number, Text.Length: 5 } namedTrain
            && NumberText.IsPlain(namedTrain.Text) && At(tokens, index + 3) is { Kind: TokenKind.Word } trainName && char.IsUpper(trainName.Text[0]))
        {
            // "The train, 12951 Mumbai Rajdhani,": a five-digit train number before the train's name.
            replacement = Spoken(tokens, index, 3, $"{word.Text}, {numbers.Digits(namedTrain.Text)}");
            return 3;
        }
        if (word.Text == "no" && hasDot && after is { Kind: TokenKind.Number })
        {
            // "quoting incident no. 0412": the lowercase number sign, as police appeals write it.
            replacement = Spoken(tokens, index, 2, "number");
            return 2;
        }
        if (GluedSection().Match(word.Text) is { Success: true } glued && (IsSectionContext(tokens, index, index + 1)))
        {
            replacement = Spoken(tokens, index, 1, $"section {numbers.Cardinal(long.Parse(glued.Groups[1].Value, CultureInfo.InvariantCulture))}{Letter(glued.Groups[2].Value)}");
            return 1;
        }
        if (word.Text is "s" or "ss" && after is { Kind: TokenKind.Number, SpaceBefore: true } lettered && NumberText.Split(lettered.Text) is ({ Length: >= 1 and <= 4 } sectionDigits, [var sectionLetter])
            && char.IsAsciiLetterUpper(sectionLetter) && NumberText.IsPlain(sectionDigits))
        {
            // "found that s 18C did not": a bare "s" before a number with a capital letter is a section of an Act (no
            // temperature or grade is written after a lone "s").
            var sectionUsed = hasDot ? 3 : 2;
            replacement = Spoken(tokens, index, sectionUsed, $"{(word.Text == "s" ? "section" : "sections")} {numbers.Cardinal(long.Parse(sectionDigits, CultureInfo.InvariantCulture))} {sectionLetter}");
            return sectionUsed;
        }
        if (word.Text is "s" or "ss" && after is { Kind: TokenKind.Number } && IsSectionContext(tokens, index, hasDot ? index + 3 : index + 2))
        {
            // "under s. 18 of the Act": the number itself is read by the cardinal pass.
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, word.Text == "s" ? "section" : "sections");
            return hasDot ? 2 : 1;
        }
        if (word.Text is "fav" or "jt-fav" && RaceMeeting.TalksRacing(tokens, index))
        {
            // "Brook Lane 11-4 fav": the favourite in a racing result.
            replacement = Spoken(tokens, index, 1, word.Text == "fav" ? "favourite" : "joint favourite");
            return 1;
        }
        if (word.Text is "Att" && At(tokens, index + 1) is { Text: ":" } && At(tokens, index + 2) is { Kind: TokenKind.Number })
        {
            // "Att: 31,204": a match report's attendance.
            replacement = Spoken(tokens, index, 1, "Attendance");
            return 1;
        }
        if (word.Text is "c" && after is { Kind: TokenKind.Number, Text.Length: 4 } circa && NumberText.IsPlain(circa.Text) && circa.Text[0] is '1' or '2')
        {
            // "dated c. 1640": circa, before a year (the tokenizer keeps a single letter's full stop with it, as an initial's).
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, "circa");
            return hasDot ? 2 : 1;
        }
        if (GluedCircaYear(word) is { } year)
        {
            // "painted c.1890": the tokenizer keeps the letter, its dot and the year as one word.
            replacement = Spoken(tokens, index, 1, $"circa {numbers.Year(year)}");
            return 1;
        }
        if (word.Text == "bt" && !hasDot && after is { Kind: TokenKind.Word } beaten && char.IsUpper(beaten.Text[0])
            && At(tokens, index - 1) is { Text: ")" } or { Kind: TokenKind.Word } && (At(tokens, index - 1)!.Text == ")" || char.IsUpper(At(tokens, index - 1)!.Text[0])))
        {
            // "M. Castellan (ITA) bt T. Brandauer": British agate's "beat".
            replacement = Spoken(tokens, index, 1, "beat");
            return 1;
        }
        if (word.Text == "d" && hasDot && after is { Kind: TokenKind.Word } loser && char.IsUpper(loser.Text[0])
            && At(tokens, index - 1) is { Text: ")" } or { Kind: TokenKind.Word } && (At(tokens, index - 1)!.Text == ")" || char.IsUpper(At(tokens, index - 1)!.Text[0])))
        {
            // "Emma Radley (GBR) d. Lena Voss": a results line's "defeated" between two players.
            replacement = Spoken(tokens, index, 2, "defeated");
            return 2;
        }
        if (word.Text is "Op" or "op" && hasDot && after is { Kind: TokenKind.Number })
        {
            // "Symphony No. 9, Op. 125": a composer's work number.
            replacement = Spoken(tokens, index, 2, "Opus");
            return 2;
        }
        if (word.Text is "ref" or "Ref" && hasDot && after is { Kind: TokenKind.Number or TokenKind.Word or TokenKind.Spoken } && At(tokens, index + 2) is { SpaceBefore: true })
        {
            // "the application, ref. 25/01877/FUL": a reference number.
            replacement = Spoken(tokens, index, 2, word.Text == "Ref" ? "Reference" : "reference");
            return 2;
        }
        if (word.Text is "ref" or "Ref" && !hasDot && after is { Kind: TokenKind.Number, SpaceBefore: true } or { Kind: TokenKind.Spoken, Class: "serial", SpaceBefore: true })
        {
            // "Planning application ref 25/01873/FUL", "quote ref 5521": British copy drops the stop before the number.
            replacement = Spoken(tokens, index, 1, word.Text == "Ref" ? "Reference" : "reference");
            return 1;
        }
        if (word.Text == "No" && !hasDot && after is { Kind: TokenKind.Number, SpaceBefore: true }
            && (index > 0 && At(tokens, index - 1) is { Kind: TokenKind.Word } || index == 0 && At(tokens, index + 2) is { Kind: TokenKind.Word } verb && verb.Text.All(char.IsLower)))
        {
            // "nine weeks at No 1", "lives at No 10", "Former Wales No 8": British copy drops the stop; inside a sentence,
            // after a word, a capitalised "No" before a number is no answer. Opening a sentence before a verb ("No 10 said")
            // it is the address or the rank, as an answer would take a comma.
            replacement = Spoken(tokens, index, 1, index == 0 ? "Number" : "number");
            return 1;
        }
        if (word.Text is "Cons" or "Pens" or "Tries" or "DG" or "Drop goals" && At(tokens, index + 1) is { Text: ":" })
        {
            // A rugby scorers line: "Cons: Fogarty 3. Pens: Fogarty 4."
            replacement = Spoken(tokens, index, 1, word.Text switch { "Cons" => "Conversions", "Pens" => "Penalties", "DG" => "Drop goals", _ => word.Text });
            return 1;
        }
        if (word.Text.Length is >= 1 and <= 4 && word.Text.All(char.IsAsciiLetterUpper) && !hasDot
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } plateDigits
            && NumberText.Split(plateDigits.Text) is ({ Length: >= 2 and <= 5 } plateNumber, var plateLetters) && NumberText.IsPlain(plateNumber)
            && plateLetters.Length <= 2 && plateLetters.All(char.IsAsciiLetterUpper)
            && At(tokens, index + 2) is not { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number } && AfterPlateWord(tokens, index))
        {
            // "with Ohio plates HKT 4471", "the plate KDG 482T": a registration is read character by character.
            var plateWords = $"{string.Join(' ', word.Text.ToCharArray())} {numbers.Digits(plateNumber)}";
            replacement = Spoken(tokens, index, 2, plateLetters.Length == 0 ? plateWords : $"{plateWords} {string.Join(' ', plateLetters.ToCharArray())}");
            return 2;
        }
        if (word.Text.Length is >= 4 and <= 9 && word.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-') && word.Text.Any(char.IsAsciiDigit)
            && char.IsAsciiLetterUpper(word.Text[0]) && word.Text[^1] != '-' && !word.Text.Contains("--", StringComparison.Ordinal) && !hasDot && word.SpaceBefore && AfterPlateWord(tokens, index))
        {
            // "registration MKT482", "plate CTR-4491": a plate written as one word, read character by character, digits
            // one by one (a dash between its letters and digits is not said).
            replacement = Spoken(tokens, index, 1, string.Join(' ', word.Text.Where(c => c != '-').Select(c => char.IsAsciiDigit(c) ? numbers.Digits(c.ToString()) : c.ToString())));
            return 1;
        }
        if (word.Text == "A" && At(tokens, index + 1) is { Text: "*", SpaceBefore: false }
            && At(tokens, index + 2) is not { SpaceBefore: false, Kind: TokenKind.Word or TokenKind.Number })
        {
            // "graded A or A*": the top grade of an English exam (and the search algorithm), "A star".
            replacement = Spoken(tokens, index, 2, "A star");
            return 2;
        }
        if (word.Text == "Utd" && !hasDot && At(tokens, index - 1) is { Kind: TokenKind.Word } club && char.IsUpper(club.Text[0]))
        {
            // "Dundee Utd", "Newcastle Utd": a club's "United".
            replacement = Spoken(tokens, index, 1, "United");
            return 1;
        }
        if (word.Text is "incident" or "Incident" or "log" or "Log" && !hasDot && after is { Kind: TokenKind.Number, SpaceBefore: true } incidentNumber
            && NumberText.IsPlain(incidentNumber.Text) && incidentNumber.Text.Length is >= 2 and <= 6 && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "quoting" or "quote" or "reference" })
        {
            // "quoting incident 482 of 14 November": a police log number, read digit by digit.
            replacement = Spoken(tokens, index, 2, $"{word.Text} {numbers.Digits(incidentNumber.Text)}");
            return 2;
        }
        if (word.Text == "PM" && !hasDot && after is { Kind: TokenKind.Word } firstName && char.IsUpper(firstName.Text[0]) && firstName.Text.Skip(1).Any(char.IsLower)
            && At(tokens, index + 2) is { Kind: TokenKind.Word } lastName && char.IsUpper(lastName.Text[0]) && lastName.Text.Skip(1).Any(char.IsLower))
        {
            // "PM Dorothea Lisle said": the office before a full name.
            replacement = Spoken(tokens, index, 1, "Prime Minister");
            return 1;
        }
        if (word.Text is "Nos" or "nos" && after is { Kind: TokenKind.Number })
        {
            // "between Nos 12 and 38", "Nos. 4-6": the plural of "No.", house or item numbers.
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, "numbers");
            return hasDot ? 2 : 1;
        }
        if (word.Text is "H1" or "H2" && NearbyWords.Any(tokens, index, HalfYearWords))
        {
            // "cut its profit forecast for H2": a company's half-year, in a sentence about its figures.
            var half = word.Text == "H1" ? "first half" : "second half";
            var withArticle = At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "for" or "in" or "of" or "during" or "over" };
            replacement = Spoken(tokens, index, 1, withArticle ? $"the {half}" : half);
            return 1;
        }
        if (word.Text is ['U', >= '1' and <= '2', ..] && AgeGroup(word.Text) is { } ageGroup)
        {
            // "Ireland's U21s", "the U19 side": a team by its age limit, "under-twenty-ones".
            replacement = Spoken(tokens, index, 1, ageGroup);
            return 1;
        }
        if (word.Text == "Div" && after is { Kind: TokenKind.Number })
        {
            // "Northern Counties League Div 1": a league's division.
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, "Division");
            return hasDot ? 2 : 1;
        }
        if (word.Text is "Co" or "Cos" && after is { Kind: TokenKind.Word } county && IrishCounties.Contains(county.Text)
            && (At(tokens, index - 1) is null or { Kind: TokenKind.Punctuation, Text: "," or "(" or ":" or ";" } || At(tokens, index - 1) is { Kind: TokenKind.Word } before && BeforeCounty.Contains(before.Text)))
        {
            // "Ardnagh, Co Wexford", "for Cos Galway, Mayo and Clare": Ireland's counties; a company's "Co" follows a name.
            replacement = Spoken(tokens, index, hasDot ? 2 : 1, word.Text == "Co" ? "County" : "Counties");
            return hasDot ? 2 : 1;
        }
        return 0;
    }

    /// <summary>A statute's section: followed by "of" (the Act named after it) or after "under", "contrary to", "and".</summary>
    private static bool IsSectionContext(IReadOnlyList<Token> tokens, int index, int afterNumber) =>
        At(tokens, afterNumber) is { Kind: TokenKind.Word, Text: "of" }
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "under" or "Under" or "to" or "and" };

    private static string Letter(string letter) => letter.Length == 0 ? "" : " " + letter.ToUpperInvariant();

    // "s.2", "s.47A": a section glued to its abbreviation.
    [GeneratedRegex(@"^s\.(\d{1,4})([A-Za-z]?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex GluedSection();

    private static readonly HashSet<string> HalfYearWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "profit", "profits", "revenue", "revenues", "sales", "earnings", "results", "forecast", "guidance", "loss", "losses", "margin",
        "margins", "growth", "dividend", "turnover", "outlook",
    };

    /// <summary>"U21" -> "under-twenty-one", "U19s" -> "under-nineteens": ages 10 to 23 only, so the band U2 stays a name.</summary>
    private string? AgeGroup(string text)
    {
        var plural = text.EndsWith('s');
        var digits = plural ? text[1..^1] : text[1..];
        if (digits.Length != 2 || !NumberText.IsPlain(digits) || int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is < 10 or > 23)
        {
            return null;
        }
        var words = numbers.Cardinal(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
        // "twenty" -> "twenties", "nineteen" -> "nineteens".
        var counted = !plural ? words : words.EndsWith('y') ? words[..^1] + "ies" : words + "s";
        return $"under-{counted}";
    }
}
