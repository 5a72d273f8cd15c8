using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Numbers that name a bill, a statute section or a case, said in pairs as lawyers and reporters say them: "H.R.
/// 2417" -> "H R twenty-four seventeen", "Section 230" -> "Section two thirty", "§ 1030" -> "section ten thirty",
/// "Case No. 4417" -> "number forty-four seventeen", a state bill ("SB 1047"), a rule of court ("Fed. R. Evid. 403"),
/// a Supreme Court report's volume ("583 U.S. 412" -> "five eighty-three U S four twelve"), and a street block, "the 3100 block" -> "thirty-one hundred".
/// Round figures ("Section 100") and short ones keep the count reading.
/// </summary>
internal sealed class ReferenceNumberPass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase) { "section", "sections", "sec", "rule", "rules", "article", "articles" };

    private static readonly HashSet<string> PairedNames = new(StringComparer.Ordinal) { "Form", "Flight", "Highway", "Route", "Hwy", "Interstate", "Bus", "Train", "Exit", "Box", "Post", "Local", "Lodge" };

    private static readonly HashSet<string> RoomWords = new(StringComparer.OrdinalIgnoreCase) { "suite", "room", "apartment", "apt", "unit", "gate" };

    public override string Name => "cardinal";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is { Kind: TokenKind.Number, Text: [>= '1' and <= '9', _, '0', '0'] } hundreds && hundreds.Text[1] != '0'
            && NumberText.IsPlain(hundreds.Text) && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "block" })
        {
            // "the 3100 block of Birch Lane" -> "thirty-one hundred block", as police and reporters say it.
            replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(int.Parse(hundreds.Text[..2], CultureInfo.InvariantCulture))} hundred");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: >= 3 and <= 12 } batch && NumberText.IsPlain(batch.Text)
            && (BatchLabelBefore(tokens, index) || SecondBatchCode(tokens, index)) && !Abbreviations.Months.ContainsKey(At(tokens, index + 1)?.Text ?? ""))
        {
            // "batch 2407", "Lot 5521": a recall's batch or lot code is read digit by digit, as it is printed on the pack.
            replacement = Spoken(tokens, index, 1, numbers.Digits(batch.Text));
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number } prefix && NumberText.Split(prefix.Text) is ({ Length: >= 1 and <= 6 } prefixDigits, { Length: 1 or 2 } prefixLetters)
            && NumberText.IsPlain(prefixDigits) && prefixLetters.All(char.IsAsciiLetterUpper)
            && CodeEndBefore(tokens, index))
        {
            // "serial numbers beginning 23K", "a lot code that begins with 24B": the start of a code, said as written
            // ("two three K"), never a quantity.
            replacement = Spoken(tokens, index, 1, $"{numbers.Digits(prefixDigits)} {string.Join(' ', prefixLetters.ToCharArray())}");
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: 1 or 2 } caseYear && NumberText.IsPlain(caseYear.Text)
            && At(tokens, index + 1) is { Text: "-", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false, Text.Length: >= 4 and <= 7 } caseSerial
            && NumberText.IsPlain(caseSerial.Text) && At(tokens, index + 3) is not { Text: "-", SpaceBefore: false }
            && (At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "number" or "Number" or "docket" or "Docket" }
                || At(tokens, index - 1) is { Text: "." } && At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "No" or "no" }
                || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Words: ["number"] }))
        {
            // "case No. 24-30871": a court's year and its serial, the serial digit by digit (no range runs from 24 to 30,871).
            replacement = Spoken(tokens, index, 3, $"{numbers.Cardinal(int.Parse(caseYear.Text, CultureInfo.InvariantCulture))} {numbers.Digits(caseSerial.Text)}");
            return 3;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: >= 5 and <= 12 } registered && NumberText.IsPlain(registered.Text) && AfterInitials(tokens, index)
            && (At(tokens, index + 1) is not { Kind: TokenKind.Word, Text: [>= 'a' and <= 'z', ..] } counted || CommonWords.Contains(counted.Text)))
        {
            // "Lot 14, DP 872301", "CT 40112": five or more digits with no thousands comma after a register's initials are
            // its entry's number, read digit by digit; a lowercase noun after them would be what they count (a verb or a
            // preposition, "DP 872301 was sold", "on DP 1187445 has", is not).
            replacement = Spoken(tokens, index, 1, numbers.Digits(registered.Text));
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: >= 5 and <= 20 } serial && NumberText.IsPlain(serial.Text) && AfterNumberWord(tokens, index))
        {
            // "train No. 12951", "policy number 4471823", a fifteen-digit microchip number: five to twenty digits after
            // "number" with no thousands comma are an identifier, read digit by digit as it is printed, never a quantity.
            replacement = Spoken(tokens, index, 1, numbers.Digits(serial.Text));
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: 5 } zip && NumberText.IsPlain(zip.Text)
            && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "code" or "ZIP" or "zip" })
        {
            // "ZIP code 48213": digit by digit.
            replacement = Spoken(tokens, index, 1, numbers.Digits(zip.Text));
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Number, Text.Length: 3 or 4 } volume && NumberText.IsPlain(volume.Text) && volume.Text[0] != '0'
            && At(tokens, index + 1) is { Kind: TokenKind.Spoken, Words: ["U", "S"] } && At(tokens, index + 2) is { Kind: TokenKind.Number }
            && At(tokens, index + 3) is null or { Kind: TokenKind.Punctuation })
        {
            // "583 U.S. 412": a Supreme Court report's volume, said in pairs like the page after it ("five eighty-three").
            replacement = Spoken(tokens, index, 1, NumberText.Pairs(numbers, volume.Text));
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Number } number || number.Text.Length is not (3 or 4) || !NumberText.IsPlain(number.Text)
            || number.Text[0] == '0' || number.Text.EndsWith("00", StringComparison.Ordinal) || !NamesReference(tokens, index, number.Text.Length))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, NumberText.Pairs(numbers, number.Text));
        return 1;
    }

    /// <summary>"batch 2407", "Lot 5521", "lot numbers 24117": a recall's batch or lot label right before <paramref name="index"/>.</summary>
    private static bool BatchLabelBefore(IReadOnlyList<Token> tokens, int index)
    {
        static bool IsBatchWord(Token? token) => token is { Kind: TokenKind.Word } word && word.Text.ToLowerInvariant() is "batch" or "lot" or "batches" or "lots";
        return IsBatchWord(At(tokens, index - 1))
            || At(tokens, index - 1) is { Kind: TokenKind.Word } label && label.Text.ToLowerInvariant() is "number" or "numbers" or "code" or "codes" && IsBatchWord(At(tokens, index - 2));
    }

    /// <summary>"lot numbers 24117 to 24139": the other end of a span of batch codes, read as the first was.</summary>
    private static bool SecondBatchCode(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "through" or "and" or "or" }
        && At(tokens, index - 2) is { Kind: TokenKind.Spoken or TokenKind.Number } first && first.Text.Length == tokens[index].Text.Length && NumberText.IsPlain(first.Text)
        && BatchLabelBefore(tokens, index - 2);

    /// <summary>Verbs that name where a code starts or ends, before "with" or "in": "begins with 24B", "ends in 7K".</summary>
    private static readonly HashSet<string> CodeEndVerbs = new(StringComparer.Ordinal)
    {
        "begins", "begin", "began", "beginning", "starts", "start", "started", "starting", "ends", "end", "ended", "ending",
    };

    /// <summary>Whether words naming a code's start or end stand right before <paramref name="index"/>: "beginning 23K", "begins with 24B".</summary>
    internal static bool CodeEndBefore(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "beginning" or "starting" or "ending" or "prefix" or "prefixed" }
        || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "with" or "in" } && At(tokens, index - 2) is { Kind: TokenKind.Word } verb && CodeEndVerbs.Contains(verb.Text);

    /// <summary>Whether two to four capitals (as written, or already spelled "D P") stand right before <paramref name="index"/>.</summary>
    private static bool AfterInitials(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text.Length: >= 2 and <= 4 } capitals && capitals.Text.All(char.IsAsciiLetterUpper)
        || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "acronym-spelled", Words.Count: >= 2 and <= 4 } spelled && spelled.Words.All(w => w is [>= 'A' and <= 'Z']);

    /// <summary>Whether "number" (as written, or "No." already said) stands right before <paramref name="index"/>.</summary>
    private static bool AfterNumberWord(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "number" or "Number" } or { Kind: TokenKind.Spoken, Words: ["number"] };

    /// <summary>
    /// A two-character airline code, as written ("UA", "B6") or already spelled by the acronym pass ("U A"), or a code
    /// that starts with its digit ("6E", "9W"), already read as "six E".
    /// </summary>
    private static bool IsAirlineCode(Token token)
    {
        if (token is { Kind: TokenKind.Spoken or TokenKind.Number, Text: [>= '1' and <= '9', >= 'A' and <= 'Z'] })
        {
            return true;
        }
        var text = token.Kind == TokenKind.Spoken && token.Words is [{ Length: 1 } a, { Length: 1 } b] ? a + b
            : token.Kind == TokenKind.Word ? token.Text : "";
        return text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && (char.IsAsciiLetterUpper(text[1]) || char.IsAsciiDigit(text[1]));
    }

    /// <summary>Whether "flight" stands within three tokens before the airline code at <paramref name="code"/>.</summary>
    private static bool FlightBefore(IReadOnlyList<Token> tokens, int code)
    {
        for (var k = code - 1; k >= Math.Max(0, code - 3); k--)
        {
            if (tokens[k] is { Kind: TokenKind.Word } word && word.Text.Equals("flight", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>What follows a route number: a direction of travel, a place preposition, punctuation or the end ("US 150 tariffs" is a count).</summary>
    private static bool RoadFollows(Token? next) =>
        next is null or { Kind: TokenKind.Punctuation }
        || next is { Kind: TokenKind.Word } word && word.Text is "northbound" or "southbound" or "eastbound" or "westbound" or "north" or "south" or "east" or "west"
            or "near" or "at" or "between" or "in" or "through" or "and" or "or" or "to" or "from" or "is" or "was" or "remains" or "reopened" or "closed";

    /// <summary>Things a three-digit number names: "train No. 171", "Lodge No. 431", "the No. 220 route".</summary>
    private static readonly HashSet<string> NumberedServices = new(StringComparer.OrdinalIgnoreCase)
    {
        "train", "bus", "route", "tram", "ferry", "lodge", "post", "ward", "branch", "chapter", "council", "local", "unit", "platoon", "engine",
        "company", "station", "hut", "box", "lot", "plot", "pew",
    };

    /// <summary>
    /// Whether the "number" at <paramref name="label"/> numbers a service or a body (said in pairs, "number one
    /// seventy-one") rather than a rank ("ranked No. 112", "hit No. 100"): the thing is named before it or after the number.
    /// </summary>
    private static bool NamedThingNumbered(IReadOnlyList<Token> tokens, int label, int index) =>
        tokens[index].Text[1..] != "00"
        && (At(tokens, label - 1) is { Kind: TokenKind.Word } before && NumberedServices.Contains(before.Text)
            || At(tokens, index + 1) is { Kind: TokenKind.Word } after && NumberedServices.Contains(after.Text));

    private bool NamesReference(IReadOnlyList<Token> tokens, int index, int digits)
    {
        var k = At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "." } ? index - 2 : index - 1;
        return At(tokens, k) switch
        {
            // "H.R. 2417", "S. 1234" (a Senate bill is four digits); a state bill, "SB 1047", "HB 412", "AB 5".
            { Kind: TokenKind.Spoken, Words: ["H", "R"] } => true,
            { Kind: TokenKind.Spoken, Words: [var chamber, "B" or "F"] } when chamber is "S" or "H" or "A" or "L" => true,
            { Kind: TokenKind.Word, Text: "SB" or "HB" or "AB" or "LB" or "SF" or "HF" } => true,
            // "Fed. R. Evid. 403", "Federal Rule of Civil Procedure 12": a rule of court is said in pairs.
            { Kind: TokenKind.Spoken } rule when rule.Words.Contains("Rule") || rule.Words.Contains("Rules") => true,
            { Text: "\u00A7" } => true,
            // "18 U.S.C. 1030": a section of the United States Code.
            { Kind: TokenKind.Spoken, Words: ["U", "S", "C"] } => true,
            { Kind: TokenKind.Word or TokenKind.Spoken } word when SectionWords.Contains(word.Text) || word.Words is ["section"] => true,
            // "Form 1040", "Flight 2417", "Highway 101": forms, flights and roads are said in pairs too.
            { Kind: TokenKind.Word } form when PairedNames.Contains(form.Text) => true,
            // "Hwy. 401": the abbreviation already said in full.
            { Kind: TokenKind.Spoken, Words: [var named] } when PairedNames.Contains(named) => true,
            // "US 101 southbound", "SR 520 at": a federal or state route, said in pairs like any road.
            { Kind: TokenKind.Word, Text: "US" or "SR" } when digits == 3 && RoadFollows(At(tokens, index + 1)) => true,
            { Kind: TokenKind.Spoken, Words: ["U", "S"] or ["S", "R"] } when digits == 3 && RoadFollows(At(tokens, index + 1)) => true,
            // "Pub. L. 118-42": a public law's congress number, as "one eighteen".
            { Kind: TokenKind.Spoken, Words: ["Public", "Law"] } => digits == 3,
            // "Suite 210", "Room 1204": a room is said in pairs ("suite two ten").
            { Kind: TokenKind.Word or TokenKind.Spoken } room when RoomWords.Contains(room.Text) || room.Words is ["apartment"] or ["Suite"] or ["Room"] => true,
            // "the flight, UA 2214", "Flight DL 417": an airline's two-character code after the word "flight".
            { } code when IsAirlineCode(code) && FlightBefore(tokens, k) => true,
            // "No. 4417": four digits after "number" are an identifier, not a rank.
            { Kind: TokenKind.Spoken, Words: ["number"] } => digits == 4 || digits == 3 && NamedThingNumbered(tokens, k, index),
            // "Sections 420 and 406": a later number of the same list is said as the first was.
            { Kind: TokenKind.Word or TokenKind.Punctuation, Text: "and" or "or" or "," } when k >= 2
                && (At(tokens, k - 1) is { Kind: TokenKind.Number } listed && listed.Text.Length is 3 or 4 && NumberText.IsPlain(listed.Text) && NamesReference(tokens, k - 1, listed.Text.Length)
                    || At(tokens, k - 1) is { Kind: TokenKind.Spoken, Class: "model" } && At(tokens, k - 2) is { Kind: TokenKind.Word } label && SectionWords.Contains(label.Text)) => true,
            _ => false,
        };
    }
}
