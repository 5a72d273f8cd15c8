using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Horse racing's copy, found by the words only racing uses: there a bracketed pair after a horse's name is its odds
/// ("Midnight Harbour (7-2)": "seven to two", not a win-loss record), a race is named by its start time with a
/// dot ("won the 3.10 at Cheltenham": "the three ten"), and distances are in miles and furlongs ("2m4f").
/// </summary>
internal static class RaceMeeting
{
    private static readonly HashSet<string> RacingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lengths", "furlong", "furlongs", "jockey", "jockeys", "trainer", "favourite", "favorite", "handicap",
        "racecourse", "odds", "bookmakers", "bookmaker", "bookies",
        "each-way", "steeplechase", "odds-on", "racing", "stakes", "hurdle", "fav", "ran", "claimer", "trained", "ridden",
        // The horses themselves: "The gelding carried 9st 4lb over 2m 4f".
        "gelding", "geldings", "mare", "mares", "colt", "colts", "filly", "fillies", "racehorse", "racehorses",
        // A card and a tipster's words: "a Grade 1 novice chase", "18 runners", "Ivory Gate (nap)".
        "novice", "chase", "runners", "nap", "joint-favourite", "joint-favorite", "co-favourite", "co-favorite",
        // "The horse is 9/2 for the Cup", "punters backed the outsider at 20/1": a price near a horse or a backer.
        "horse", "horses", "punter", "punters", "outsider", "longshot", "long-shot",
        // Greyhound and trotting cards: "Greyhounds, The Meadows, R4 (525m)".
        "greyhound", "greyhounds", "trotting", "trotter", "trotters",
    };

    /// <summary>
    /// Whether the sentence around <paramref name="index"/> is about racing: a word only racing uses, or a race named by its
    /// start time at a course ("won the 3.15 at Ascot"), a shape only racing and timetables have.
    /// </summary>
    public static bool TalksRacing(IReadOnlyList<Token> tokens, int index) =>
        NearbyWords.Any(tokens, index, RacingWords) || TimeAtCourse(tokens, index)
        || NearbyWords.AnyOther(tokens, index, k => TimeAtCourse(tokens, k) || IsFurlongs(tokens[k]) || WentOffAt(tokens, k))
        || ResultVerbAfter(tokens, index);

    /// <summary>The kinds of race a distance before them describes: "the 3m handicap chase", "a 7f maiden".</summary>
    private static readonly HashSet<string> RaceNames = new(StringComparer.Ordinal)
    {
        "handicap", "chase", "hurdle", "novice", "novices'", "maiden", "bumper", "race", "sprint", "stayers'", "listed",
    };

    private static readonly HashSet<string> RaceNouns = new(StringComparer.OrdinalIgnoreCase) { "race", "races", "racecard" };

    /// <summary>"went off at 11/2": a horse's starting price.</summary>
    private static bool WentOffAt(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Word, Text: "went" } && TokenPass.At(tokens, k + 1) is { Kind: TokenKind.Word, Text: "off" }
        && TokenPass.At(tokens, k + 2) is { Kind: TokenKind.Word, Text: "at" };

    /// <summary>A distance in furlongs ("4f", "1m 4f"'s second part): only racing measures so.</summary>
    private static bool IsFurlongs(Token token) =>
        token is { Kind: TokenKind.Number } furlongs && NumberText.Split(furlongs.Text) is ({ Length: 1 or 2 } digits, "f") && NumberText.IsPlain(digits);

    /// <summary>"the 3.15 was won by", "the 2.40 went to": a dotted time after "the" that is won or goes to a winner is a race.</summary>
    private static bool ResultVerbAfter(IReadOnlyList<Token> tokens, int index) =>
        tokens[index] is { Kind: TokenKind.Number } time && time.Text.Split('.') is [{ Length: 1 or 2 }, { Length: 2 }]
        && TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" or "The" }
        && (TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "was" or "is" } && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "won" or "run" }
            || TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "went" or "goes" } && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "to" });

    /// <summary>"the 3.15 at Ascot": a dotted time (or the time already read) between "the" and "at" and a capitalised place.</summary>
    private static bool TimeAtCourse(IReadOnlyList<Token> tokens, int index) =>
        (tokens[index] is { Kind: TokenKind.Number } time && time.Text.Split('.') is [{ Length: 1 or 2 }, { Length: 2 }]
            // Once read, the race's time is a spoken time in the same place.
            || tokens[index] is { Kind: TokenKind.Spoken, Class: "time" })
        && TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" or "The" }
        && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "at" }
        && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word } course && char.IsUpper(course.Text[0]);

    /// <summary>
    /// Where a dotted time names a race: "the 3.10 at Cheltenham", and a results heading, the course's name and the time
    /// ("Ashcombe 2.40:") or the time and the course ("3.15 Ravensmoor:", "2.45 Kempton —").
    /// </summary>
    private static bool NamesARace(IReadOnlyList<Token> tokens, int index) =>
        // "First race 12.40": the card's first race by its time.
        TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "race" or "Race" }
        ||
        TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "the" or "The" }
            && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "at" }
            && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word } course && char.IsUpper(course.Text[0])
        || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word } before && char.IsUpper(before.Text[0]) && TokenPass.At(tokens, index + 1) is { Text: ":" }
        || TokenPass.At(tokens, index - 1) is { Text: "," } && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word } course2 && char.IsUpper(course2.Text[0])
            && TokenPass.At(tokens, index + 1) is { Text: ":" }
        || TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word } after && char.IsUpper(after.Text[0]) && TokenPass.At(tokens, index + 2) is { Text: ":" or "\u2014" or "\u2013" or "-" or "--" }
        // "3.20 Ascot, 1m 4f, Class 2: ...": a result line opening on the race's time and course.
        || index == 0 && TokenPass.At(tokens, 1) is { Kind: TokenKind.Word } opener && char.IsUpper(opener.Text[0]) && TokenPass.At(tokens, 2) is { Text: "," }
            && NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Number } furlongs && NumberText.Split(furlongs.Text).Suffix == "f")
        // "the handicap chase at Kempton at 2.25 has 14 runners": the course and then the time, each after "at".
        || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" } && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word } atCourse
            && char.IsUpper(atCourse.Text[0]) && TokenPass.At(tokens, index - 3) is { Kind: TokenKind.Word, Text: "at" }
        // "At Leopardstown, the 3.15 was won by ...".
        || ResultVerbAfter(tokens, index)
        // "the feature chase at 2.20.": a race's time closing its clause.
        || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" } && TokenPass.At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation }
        // "Selections: 12.45 Turbo Tide, 1.20 Ivory Gate": a tipster's time and horse, listed.
        || (index == 0 || TokenPass.At(tokens, index - 1) is { Text: ":" or "," or ";" })
            && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word } horse && char.IsUpper(horse.Text[0])
            && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word } horseEnd && char.IsUpper(horseEnd.Text[0]);

    /// <summary>
    /// A jumps or flat race's distance in miles and furlongs: "the 2m4f handicap" -> "two miles four furlongs", "over
    /// 7f" -> "seven furlongs", in a sentence about racing (elsewhere "2m" is meters, and Australian races are run in
    /// meters: "over 3200m"). Null otherwise; <paramref name="count"/> is how many tokens it read.
    /// </summary>
    public static string? Distance(INumberWords numbers, IReadOnlyList<Token> tokens, int index, out int count)
    {
        count = 0;
        if (tokens[index] is not { Kind: TokenKind.Number } first)
        {
            return null;
        }
        var (firstDigits, firstUnit) = NumberText.Split(first.Text);
        if (firstUnit == "m" && NumberText.IsPlain(firstDigits) && firstDigits.Length == 1 && HalfFurlongs(tokens, index + 1) is ({ } halves, var halfTokens))
        {
            // "3m 2½f": a jumps race's distance to the half furlong, a shape nothing else has.
            var miles = int.Parse(firstDigits, CultureInfo.InvariantCulture);
            count = 1 + halfTokens;
            return $"{numbers.Cardinal(miles)} {(miles == 1 ? "mile" : "miles")} {halves} and a half furlongs";
        }
        // "3m 2f": miles then furlongs is a race's distance whatever the sentence says; nothing else is written so.
        var milesAndFurlongs = firstUnit == "m" && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Number } furlongToken
            && NumberText.Split(furlongToken.Text) is ({ Length: 1 } furlongPart, "f") && NumberText.IsPlain(furlongPart);
        if (firstUnit is not ("m" or "f") || !NumberText.IsPlain(firstDigits) || firstDigits.Length is 0 or > 2 || !(milesAndFurlongs || TalksRacing(tokens, index)))
        {
            return null;
        }
        var value = int.Parse(firstDigits, CultureInfo.InvariantCulture);
        // "the 3m handicap chase": a distance before the race it names describes it, singular as "a two-mile race" is.
        var describes = TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word } noun && RaceNames.Contains(noun.Text);
        // "2m4f" or, spaced, "2m 4f".
        if (firstUnit == "m" && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Number } furlongs
            && NumberText.Split(furlongs.Text) is (var furlongDigits, "f") && NumberText.IsPlain(furlongDigits) && furlongDigits.Length == 1)
        {
            var f = int.Parse(furlongDigits, CultureInfo.InvariantCulture);
            count = 2;
            // Miles and furlongs keep their plurals before a race ("the two miles four furlongs handicap"), as the
            // references of three blind sets read them.
            return $"{numbers.Cardinal(value)} {(value == 1 ? "mile" : "miles")} {numbers.Cardinal(f)} {(f == 1 ? "furlong" : "furlongs")}";
        }
        if (firstUnit == "m" && value is >= 1 and <= 4)
        {
            // "the Tingle Creek over 2m": in a sentence about racing a single-figure "m" is miles; no race is run over
            // a few meters (Australian trips in meters start at hundreds: "over 1400m").
            count = 1;
            return $"{numbers.Cardinal(value)} {(value == 1 || describes ? "mile" : "miles")}";
        }
        if (firstUnit == "f" && value <= 20)
        {
            count = 1;
            return $"{numbers.Cardinal(value)} {(value == 1 || describes ? "furlong" : "furlongs")}";
        }
        return null;
    }

    /// <summary>The whole furlongs of "2½f" at <paramref name="at"/> (as the fraction pass has read it), and how many tokens it takes with its "f".</summary>
    private static (string? Furlongs, int Count) HalfFurlongs(IReadOnlyList<Token> tokens, int at)
    {
        if (TokenPass.At(tokens, at) is { Kind: TokenKind.Spoken, Class: "fraction", Words: [var spokenWhole, "and", "a", "half"] }
            && TokenPass.At(tokens, at + 1) is { Kind: TokenKind.Word, Text: "f", SpaceBefore: false })
        {
            // The fraction pass, earlier, has read "2½" already.
            return (spokenWhole, 2);
        }
        return (null, 0);
    }

    /// <summary>
    /// "the 3.10 at Cheltenham" -> "three ten": a dotted hour and minutes after "the" and before "at" and a course's
    /// name, in a sentence about racing. Null otherwise.
    /// </summary>
    public static string? RaceByTime(INumberWords numbers, IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } time || time.Text.Split('.') is not [{ Length: 1 or 2 } hour, { Length: 2 } minutes]
            || !NumberText.IsPlain(hour) || !NumberText.IsPlain(minutes) || !NamesARace(tokens, index)
            || !(TalksRacing(tokens, index) || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "race" or "Race" }
                // "the fourth race on the card, at 3.20.": a race named nearby and the time closing the clause after "at".
                || TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "at" } && TokenPass.At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation }
                    && NearbyWords.Any(tokens, index, RaceNouns)))
        {
            return null;
        }
        var h = int.Parse(hour, CultureInfo.InvariantCulture);
        var m = int.Parse(minutes, CultureInfo.InvariantCulture);
        // Horse races start on the five minutes; a greyhound card's odd minutes ("the 7.52 went to trap 3") are taken only
        // where a result follows, which no decimal has.
        if (h is < 1 or > 12 || m > 59 || m % 5 != 0 && !ResultVerbAfter(tokens, index))
        {
            return null;
        }
        return m == 0 ? $"{numbers.Cardinal(h)} o'clock" : m < 10 ? $"{numbers.Cardinal(h)} oh {numbers.Cardinal(m)}" : $"{numbers.Cardinal(h)} {numbers.Cardinal(m)}";
    }
}
