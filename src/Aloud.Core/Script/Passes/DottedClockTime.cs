using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Where a dotted number with no a.m. or p.m. ("10.30", "4.30") is a clock time as British and Australian copy writes
/// it, not a decimal: after a word that places a moment ("until 10.30", "from 9.15") in a sentence that names another
/// time or a part of the day; as the start of a span whose end carries its a.m. or p.m. ("4.30-6pm"); or as a start
/// ("goes at 3.35 at Leopardstown"). A quantity after it ("10.30 points", "3.35 per cent") keeps the decimal.
/// </summary>
internal static class DottedClockTime
{
    /// <summary>Words before a moment; "until" and "till" name one even alone, the others need a time nearby.</summary>
    private static readonly HashSet<string> MomentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "until", "till", "til", "from", "by", "before", "after", "at",
    };

    /// <summary>Words of the day's parts and of the clock: "closed from 10.30 this morning".</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "tonight", "overnight", "night", "nightly",
        "noon", "midday", "midnight", "dawn", "dusk", "o'clock", "am", "pm", "a.m", "p.m",
    };

    /// <summary>Words after a number that make it a quantity, never a moment.</summary>
    private static readonly HashSet<string> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "per", "percent", "pc", "points", "point", "pts", "cents", "cent", "pence", "times", "metres", "meters", "seconds", "sec", "secs",
        "kg", "km", "m", "litres", "liters", "runs", "overs", "goals",
        // "watched by 1.54 million people on Friday night": a count scaled up.
        "million", "billion", "trillion", "thousand", "hundred", "crore", "lakh", "bn", "mn",
    };

    /// <summary>Verbs of a start before "at": "the race goes at 3.35", "they're off at 2.10", "play starts at 10.30".</summary>
    private static readonly HashSet<string> StartVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "goes", "go", "off", "starts", "start", "begins", "begin", "kicks", "resumes", "opens",
    };

    /// <summary>Whether the dotted number at <paramref name="index"/> (hour and two-digit minutes, checked by the caller) is a time.</summary>
    public static bool IsTime(IReadOnlyList<Token> tokens, int index, int hour)
    {
        if (TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word } after && QuantityWords.Contains(after.Text)
            || TokenPass.At(tokens, index + 1) is { Text: "%" })
        {
            return false;
        }
        if (hour is >= 1 and <= 12 && EndsWithMeridiem(tokens, index + 1))
        {
            return true;
        }
        if (OpeningHoursSpan(tokens, index) || AfterTideOrSunWord(tokens, index) || InRaceCard(tokens, index) || AfterWeekdayBeforeColon(tokens, index) || InTimetableNotice(tokens, index, hour))
        {
            return true;
        }
        if (TokenPass.At(tokens, index - 1) is not { Kind: TokenKind.Word } before || !MomentWords.Contains(before.Text))
        {
            return false;
        }
        if (before.Text.ToLowerInvariant() is "until" or "till" or "til")
        {
            return true;
        }
        // "goes at 3.35 at Leopardstown": a start at a place, said as racing and sport say it.
        if (before.Text is "at" && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word } verb && StartVerbs.Contains(verb.Text)
            && TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "at" } && TokenPass.At(tokens, index + 2) is { Kind: TokenKind.Word } place
            && char.IsUpper(place.Text[0]))
        {
            return true;
        }
        return NearbyWords.Any(tokens, index, TimeWords) || NearbyWords.AnyOther(tokens, index, k => IsOtherClockTime(tokens, k));
    }

    /// <summary>
    /// "HW 05.12", "sunrise 07.58", "high tide 11.31": a tide table's or an almanac's moment is a time of day, never a
    /// decimal (tide heights come in brackets with their unit).
    /// </summary>
    private static bool AfterTideOrSunWord(IReadOnlyList<Token> tokens, int index)
    {
        var before = TokenPass.At(tokens, index - 1) is { Text: ":" or "," } ? TokenPass.At(tokens, index - 2) : TokenPass.At(tokens, index - 1);
        if (before is not { Kind: TokenKind.Word or TokenKind.Spoken })
        {
            return false;
        }
        var text = before.Text.ToLowerInvariant();
        return text is "sunrise" or "sunset" or "moonrise" or "moonset" or "high water" or "low water" or "hw" or "lw"
            || text is "tide" or "water" && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word } level && level.Text.ToLowerInvariant() is "high" or "low";
    }

    /// <summary>Nouns of a timetable or a service notice: "the last departure is now 22.40", "planned outage, 10.00-15.30".</summary>
    public static readonly IReadOnlySet<string> TimetableWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "departure", "departures", "arrival", "arrivals", "sailing", "sailings", "service", "services", "outage", "outages",
        "closure", "closures", "timetable", "timetables", "crossing", "crossings",
    };

    /// <summary>Words right before a timetable's moment: "is now 22.40", "from 10.00", "moved to the 15.30", "Dec, 10.00".</summary>
    private static readonly HashSet<string> TimetableLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "now", "at", "from", "until", "till", "the", "between", "-", "\u2013", ",", ":",
    };

    /// <summary>Words of a price or a change in a notice ("the service fee rose to 12.50"): the figure beside them is an amount.</summary>
    private static readonly HashSet<string> AmountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "fare", "fares", "fee", "fees", "charge", "charges", "cost", "costs", "price", "prices", "rate", "rates", "rose", "fell", "rise", "rises", "fall",
        "falls", "increase", "increased", "cut", "per", "average", "km", "miles", "kilometres", "kilometers", "hours", "minutes",
    };

    /// <summary>
    /// "the last departure is now 22.40", "planned outage, Wed. 9 Dec, 10.00-15.30": in a sentence about a timetable or a
    /// service notice, an hour of the 24-hour clock (00 to 23) with two-digit minutes after a word that leads to a moment
    /// is a time; a fare or a length in such a sentence carries its sign or its unit and is read before this.
    /// </summary>
    private static bool InTimetableNotice(IReadOnlyList<Token> tokens, int index, int hour) =>
        hour is >= 0 and <= 23 && TokenPass.At(tokens, index - 1) is { } lead
        && (TimetableLeads.Contains(lead.Text) || lead is { Kind: TokenKind.Word, Text: "to" } && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Number or TokenKind.Spoken })
        && NearbyWords.Any(tokens, index, TimetableWords, before: 24, after: 12) && !NearbyWords.Any(tokens, index, AmountWords, before: 12, after: 6);

    /// <summary>Words that head a race card's line: "Greyhounds, Towcester, 7.42: ...", "Racing: Chepstow 2.10".</summary>
    private static readonly HashSet<string> CardWords = new(StringComparer.OrdinalIgnoreCase) { "greyhounds", "greyhound", "racing", "racecard", "meeting" };

    /// <summary>
    /// "Towcester, 7.42: 1 Swift Lad", "Chepstow 2.10, 2m 3½f": on a race card a dotted time straight after the course's
    /// name (or its comma) and before the card's colon or comma is the race's off time.
    /// </summary>
    /// <summary>
    /// "Shelbourne Park, Sat., 8.38: A3 525yds", "Friday, 7.45: doors": a card's or a programme's heading, the day and then
    /// the dotted time before a colon, is a moment that day; no decimal follows a weekday and a comma.
    /// </summary>
    private static bool AfterWeekdayBeforeColon(IReadOnlyList<Token> tokens, int index)
    {
        if (TokenPass.At(tokens, index + 1) is not { Text: ":" } || TokenPass.At(tokens, index - 1) is not { Text: "," })
        {
            return false;
        }
        var day = TokenPass.At(tokens, index - 2) is { Text: ".", SpaceBefore: false } ? TokenPass.At(tokens, index - 3) : TokenPass.At(tokens, index - 2);
        return day is { Kind: TokenKind.Word } && (Abbreviations.IsWeekday(day.Text) || Abbreviations.IsFullWeekday(day.Text));
    }

    private static bool InRaceCard(IReadOnlyList<Token> tokens, int index)
    {
        if (TimeBeforeCourse(tokens, index))
        {
            return true;
        }
        var course = TokenPass.At(tokens, index - 1) is { Text: "," } ? TokenPass.At(tokens, index - 2) : TokenPass.At(tokens, index - 1);
        return course is { Kind: TokenKind.Word } && char.IsUpper(course.Text[0]) && course.Text.Skip(1).All(char.IsLower)
            && TokenPass.At(tokens, index + 1) is { Text: ":" or "," }
            && (NearbyWords.Any(tokens, index, CardWords) || RaceMeeting.TalksRacing(tokens, index));
    }

    /// <summary>
    /// "Greyhounds: 9.04 Romford Stadium, 400m", "Racing, 1.55 Wetherby, 2m": a card's line that opens on the time and then
    /// the course's name (one or two capitalised words) up to the card's comma or colon.
    /// </summary>
    private static bool TimeBeforeCourse(IReadOnlyList<Token> tokens, int index)
    {
        if (TokenPass.At(tokens, index - 1) is not { Text: "," or ":" } || !IsCourseWord(TokenPass.At(tokens, index + 1)))
        {
            return false;
        }
        var end = IsCourseWord(TokenPass.At(tokens, index + 2)) ? index + 3 : index + 2;
        return TokenPass.At(tokens, end) is { Text: "," or ":" }
            && (NearbyWords.Any(tokens, index, CardWords) || RaceMeeting.TalksRacing(tokens, index));
    }

    private static bool IsCourseWord(Token? token) =>
        token is { Kind: TokenKind.Word } word && char.IsUpper(word.Text[0]) && word.Text.Skip(1).All(char.IsLower);

    /// <summary>Words that lead to opening hours: "open 9.30-3.30", "Hours: 10.00-4.30", "daily 8.30-5.30".</summary>
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "open", "opens", "opening", "hours", "daily", "weekdays", "weekends",
    };

    /// <summary>
    /// "open Tue-Sat 9.30-3.30", "Hours: 10.00-4.30": a span of two dotted hours after a weekday, a span of days or a word
    /// of opening hours is a span of times even with no a.m. or p.m.; and the end of a span whose start was read as a time
    /// ("9.30-3.30") is a time too.
    /// </summary>
    private static bool OpeningHoursSpan(IReadOnlyList<Token> tokens, int index)
    {
        // The span's end: its start, read in the same pass, is still the written number here.
        if (TokenPass.At(tokens, index - 1) is { Text: "-" or "\u2013", SpaceBefore: false }
            && (TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Spoken, Class: "time" }
                || index >= 2 && IsDottedHour(tokens[index - 2]) && OpeningHoursSpan(tokens, index - 2)))
        {
            return true;
        }
        if (TokenPass.At(tokens, index + 1) is not { Text: "-" or "\u2013", SpaceBefore: false } || !IsDottedHour(TokenPass.At(tokens, index + 2)))
        {
            return false;
        }
        var lead = TokenPass.At(tokens, index - 1) is { Text: ":" or "," } ? TokenPass.At(tokens, index - 2) : TokenPass.At(tokens, index - 1);
        return lead is { Kind: TokenKind.Word } word && (OpeningWords.Contains(word.Text) || IsDayOrDays(word.Text))
            || lead is { Kind: TokenKind.Spoken, Class: "weekday" };
    }

    /// <summary>A weekday, written in full or clipped, or a span of them in one word ("Tue-Sat").</summary>
    private static bool IsDayOrDays(string text) =>
        text.Split('-', '\u2013').All(day => Abbreviations.IsWeekday(day) || Abbreviations.IsFullWeekday(day));

    /// <summary>"3.30", "12.45": an hour of the twelve-hour clock, a dot and two-digit minutes.</summary>
    private static bool IsDottedHour(Token? token) =>
        token is { Kind: TokenKind.Number } number && number.Text.Split('.') is [var hour, var minutes]
        && hour.Length is 1 or 2 && minutes.Length == 2 && hour.All(char.IsAsciiDigit) && minutes.All(char.IsAsciiDigit)
        && int.Parse(hour) is >= 1 and <= 12 && int.Parse(minutes) < 60;

    /// <summary>"-6pm", "to 6.30 p.m.": a span's end that carries a.m. or p.m. after <paramref name="link"/>.</summary>
    private static bool EndsWithMeridiem(IReadOnlyList<Token> tokens, int link)
    {
        var joined = TokenPass.At(tokens, link) is { Text: "-" or "\u2013" } dash && !dash.SpaceBefore
            || TokenPass.At(tokens, link) is { Kind: TokenKind.Word, Text: "to" or "until" or "till" };
        if (!joined || TokenPass.At(tokens, link + 1) is not { Kind: TokenKind.Number } end)
        {
            return false;
        }
        var suffix = NumberText.Split(end.Text).Suffix.ToLowerInvariant();
        return suffix is "am" or "pm"
            || suffix.Length == 0 && TokenPass.At(tokens, link + 2) is { Kind: TokenKind.Word } meridiem
                && meridiem.Text.ToLowerInvariant() is "am" or "pm" or "a.m" or "p.m" or "a.m." or "p.m.";
    }

    /// <summary>A time already read, one written with a colon ("9:45"), or a number with a.m. or p.m. glued on.</summary>
    private static bool IsOtherClockTime(IReadOnlyList<Token> tokens, int k) =>
        tokens[k] is { Kind: TokenKind.Spoken, Class: "time" }
        || tokens[k] is { Kind: TokenKind.Number } number && (NumberText.Split(number.Text).Suffix.ToLowerInvariant() is "am" or "pm"
            || TokenPass.At(tokens, k + 1) is { Text: ":", SpaceBefore: false } && TokenPass.At(tokens, k + 2) is { Kind: TokenKind.Number, SpaceBefore: false });
}
