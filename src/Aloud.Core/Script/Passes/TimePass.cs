using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Clock times: "7:30 p.m. ET" -> "seven thirty p m Eastern Time", "12:05" -> "twelve oh five", "10 a.m." -> "ten a
/// m", "23:00" -> "eleven p m" (a round hour on the 24-hour clock; "14:30" stays "fourteen thirty"), "1:01:01" -> "one
/// hour one minute and one second". A bare "7:30" is
/// only a time when the minutes are two digits under 60 and the hour is a real hour, so ratios and scores
/// written with a colon ("3:2") are left alone.
/// </summary>
internal sealed class TimePass(INumberWords numbers) : TokenPass
{
    /// <summary>
    /// North American zones are said in full ("seven p m Eastern Standard Time"): the short name a listener would
    /// otherwise hear ("eastern") drops whether the time is standard or daylight, which the copy chose to say. Zones
    /// that are said as letters ("GMT", "UTC", Australia's "AEST") are spelled.
    /// </summary>
    private static readonly Dictionary<string, string> ZoneWords = ZoneNames();

    private static Dictionary<string, string> ZoneNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (letter, region) in (ReadOnlySpan<(string, string)>)[("E", "Eastern"), ("C", "Central"), ("M", "Mountain"), ("P", "Pacific")])
        {
            names[letter + "T"] = $"{region} Time";
            names[letter + "ST"] = $"{region} Standard Time";
            names[letter + "DT"] = $"{region} Daylight Time";
        }
        // Atlantic Canada's and Newfoundland's zones, as Canadian copy writes them ("8 a.m. NT"); "AST" is
        // read as Atlantic in the pass unless the sentence is about the Gulf, whose copy writes it for Arabia.
        names["AT"] = "Atlantic Time";
        names["ADT"] = "Atlantic Daylight Time";
        names["NT"] = "Newfoundland Time";
        names["NST"] = "Newfoundland Standard Time";
        names["NDT"] = "Newfoundland Daylight Time";
        names["AKST"] = "Alaska Standard Time";
        names["AKDT"] = "Alaska Daylight Time";
        names["HST"] = "Hawaii Standard Time";
        // New Zealand's zones are said in full after a time; Australia's stay spelled ("A E D T"), as its broadcasters say them.
        names["NZST"] = "New Zealand Standard Time";
        names["NZDT"] = "New Zealand Daylight Time";
        return names;
    }

    private static readonly HashSet<string> SpelledZones = new(StringComparer.OrdinalIgnoreCase) { "GMT", "UTC", "BST", "CET", "CEST", "AEST", "AEDT", "ACST", "ACDT", "AWST" };

    /// <summary>
    /// Zones of Africa, Asia and eastern Europe as their own newsrooms write them after a time ("18:00 WITA", "2pm EAT"),
    /// spelled; only in capitals, since several are also words ("EAT", "CAT", "WIT").
    /// </summary>
    private static readonly HashSet<string> CapitalZones = new(StringComparer.Ordinal)
    {
        "IST", "PKT", "BDT", "NPT", "SAST", "CAT", "EAT", "WAT", "SGT", "MYT", "HKT", "PHT", "ICT", "JST", "KST", "WIB", "WITA", "WIT",
        "EET", "EEST", "MSK", "GST", "AST",
    };

    /// <summary>The countries (and their capitals and holy cities) that keep Arabia Standard Time, whose copy writes it "AST".</summary>
    private static readonly HashSet<string> ArabiaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Saudi", "Arabia", "Riyadh", "Jeddah", "Mecca", "Makkah", "Medina", "Kuwait", "Bahrain", "Manama", "Qatar", "Doha", "Iraq",
        "Baghdad", "Yemen", "Sanaa", "Gulf", "Hajj",
    };

    public override string Name => "time";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token is { Kind: TokenKind.Word } namedHour && namedHour.Text.Split('-') is [var hourName, var spanEnd]
            && hourName.ToLowerInvariant() is "noon" or "midnight" or "midday" && TryHour(spanEnd, out var endHour) && endHour is >= 1 and <= 12)
        {
            // "Noon-6 p.m.": a span from a named hour, one word to the tokenizer.
            var afterSpan = index + 1;
            var spanMeridiem = ReadMeridiem(tokens, "", ref afterSpan, out var spanZone);
            var spanWords = $"{hourName} to {numbers.Cardinal(endHour)}{(spanMeridiem is null ? "" : " " + spanMeridiem)}{(spanZone is null ? "" : " " + spanZone)}";
            replacement = Spoken(tokens, index, afterSpan - index, spanWords);
            return afterSpan - index;
        }
        if (token is { Kind: TokenKind.Word } namedHourAlone && namedHourAlone.Text.ToLowerInvariant() is "noon" or "midnight" or "midday")
        {
            // "at noon ET": a named hour takes its zone as a clock time does.
            var afterNamed = index + 1;
            if (ReadZone(At(tokens, afterNamed), ref afterNamed) is { } namedZone)
            {
                replacement = Spoken(tokens, index, afterNamed - index, $"{namedHourAlone.Text} {namedZone}");
                return afterNamed - index;
            }
            return 0;
        }
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        if (MilitaryTime(tokens, index) is ({ } military, var militaryTokens))
        {
            replacement = Spoken(tokens, index, militaryTokens, military);
            return militaryTokens;
        }
        if (NearbyWords.Any(tokens, index, RatioWords) && At(tokens, index + 1) is { Text: ":", SpaceBefore: false })
        {
            // "the pupil-teacher ratio fell to 1:22": a ratio, left to the ratio pass.
            return 0;
        }
        if ((LeadingZeroDottedTime(tokens, index) ?? NamedService(tokens, index)) is { } departure)
        {
            replacement = Spoken(tokens, index, 1, departure);
            return 1;
        }
        if (RaceMeeting.RaceByTime(numbers, tokens, index) is { } race)
        {
            replacement = Spoken(tokens, index, 1, race);
            return 1;
        }
        var (hourDigits, hourSuffix) = NumberText.Split(token.Text);
        string? minuteDigits = null;
        string? secondDigits = null;
        var next = index + 1;
        var suffix = hourSuffix;
        if ((hourSuffix.Length == 0 || hourSuffix.ToLowerInvariant() is "am" or "pm") && hourDigits.Length >= 4 && hourDigits.Count(c => c == '.') == 1)
        {
            // "1.59 p.m.", "11.30pm" (British copy): a dot instead of a colon, accepted only with a.m. or p.m. after it.
            var dot = hourDigits.IndexOf('.', StringComparison.Ordinal);
            minuteDigits = hourDigits[(dot + 1)..];
            hourDigits = hourDigits[..dot];
        }
        else if (hourSuffix is "h" && hourDigits.Length is 1 or 2 && At(tokens, next) is { Kind: TokenKind.Number, SpaceBefore: false } hMinutes
            && hMinutes.Text.Length == 2 && NumberText.IsPlain(hMinutes.Text) && At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "in" or "In" })
        {
            // "starts at 10h00", "14h30": South African and French copy marks the hour with an "h"; "in 2h05" is a duration.
            minuteDigits = hMinutes.Text;
            suffix = "";
            next++;
        }
        else if (hourSuffix.Length == 0 && hourDigits.Length is 1 or 2 && hourDigits.All(char.IsAsciiDigit)
            && At(tokens, next) is { Kind: TokenKind.Word, Text: "h", SpaceBefore: true }
            && At(tokens, next + 1) is { Kind: TokenKind.Number, SpaceBefore: true } spacedMinutes && spacedMinutes.Text.Length == 2
            && spacedMinutes.Text.All(char.IsAsciiDigit) && At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "in" or "In" })
        {
            // "at 19 h 30": Quebec's French style spaces the hour's "h" from both figures; the same clock time as "19h30".
            minuteDigits = spacedMinutes.Text;
            next += 2;
        }
        else if (hourSuffix.Length == 0 && IsColon(At(tokens, next)) && At(tokens, next + 1) is { Kind: TokenKind.Number, SpaceBefore: false } minutes)
        {
            (minuteDigits, suffix) = NumberText.Split(minutes.Text);
            next += 2;
            if (suffix.Length == 0 && IsColon(At(tokens, next)) && At(tokens, next + 1) is { Kind: TokenKind.Number, SpaceBefore: false } seconds)
            {
                (secondDigits, suffix) = NumberText.Split(seconds.Text);
                next += 2;
            }
        }
        if (!TryHour(hourDigits, out var hour) || (minuteDigits is not null && !TryMinutes(minuteDigits, out _))
            || (secondDigits is not null && !TryMinutes(secondDigits, out _)))
        {
            return 0;
        }
        // "11:30EST": a zone glued to the minutes.
        var gluedZone = suffix.Length >= 2 && minuteDigits is not null ? Zone(suffix) : null;
        var meridiem = ReadMeridiem(tokens, gluedZone is null ? suffix : "", ref next, out var zone);
        zone ??= gluedZone;
        if (meridiem is not null && secondDigits is "00")
        {
            // "10:00:00 p.m.": a clock time to the second; zero seconds are not said.
            secondDigits = null;
        }
        var dotted = minuteDigits is not null && token.Text.Contains('.', StringComparison.Ordinal);
        if ((minuteDigits is null || dotted && !(hour >= 1 && DottedClockTime.IsTime(tokens, index, hour))) && meridiem is null)
        {
            return 0;
        }
        if (meridiem is not null && hour is 0 or > 12)
        {
            // "14:00 p.m." contradicts itself: leave it as written rather than guess.
            return 0;
        }
        zone ??= ReadZone(At(tokens, next), ref next);
        if (zone == "A S T" && !NearbyWords.Any(tokens, index, ArabiaWords, before: 40, after: 40))
        {
            // "11 a.m. AST" off Bermuda or in Nova Scotia is Atlantic Standard Time; only beside the Gulf is it Arabia's.
            zone = "Atlantic Standard Time";
        }
        string? dayBeforeZone = null;
        if (zone is null && meridiem is not null && At(tokens, next) is { Kind: TokenKind.Word } weekday && Abbreviations.IsFullWeekday(weekday.Text)
            && At(tokens, next + 1) is { Kind: TokenKind.Word } zoneAfterDay && zoneAfterDay.Text.All(char.IsAsciiLetterUpper))
        {
            // "1 p.m. Thursday ET": the zone closes the time after its day.
            var afterDay = next + 1;
            if (ReadZone(zoneAfterDay, ref afterDay) is { } dayZone)
            {
                dayBeforeZone = weekday.Text;
                zone = dayZone;
                next = afterDay;
            }
        }
        int? hour12 = null;
        // "won the marathon in 2:21:07", "(KEN) 2:07:41": a result is listed as sport says it, with no "and" before the
        // seconds; elsewhere an h:m:s duration keeps it ("one hour one minute and one second").
        var isResult = meridiem is null && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "in" or "In" } or { Kind: TokenKind.Punctuation, Text: ")" };
        if (meridiem is null && secondDigits is null && minuteDigits == "00" && !isResult && (hour == 0 && hourDigits == "00" || hour == 12 && TwentyFourHourClock(tokens, index)))
        {
            // "from 00:00", "until 12:00" beside other 24-hour times: the day's two named hours.
            var named = new List<string> { hour == 0 ? "midnight" : "noon" };
            if (zone is not null)
            {
                named.Add(zone);
            }
            replacement = Spoken(tokens, index, next - index, string.Join(' ', named));
            return next - index;
        }
        if (dotted && meridiem is null && minuteDigits == "00" && hour is >= 1 and <= 12 && DottedSpanEndsPastTheHour(tokens, next))
        {
            // "10.00-15.30" in a notice: a round hour opening a span on the 24-hour clock is said as its hour, "ten to
            // fifteen thirty", as a notice is read out; its end carries the clock.
            replacement = Spoken(tokens, index, next - index, numbers.Cardinal(hour));
            return next - index;
        }
        if (meridiem is null && secondDigits is null && minuteDigits == "00" && !isResult && !SpanEndsPastTheHour(tokens, next) && !DottedSpanEndsPastTheHour(tokens, next)
            && (hour >= 13 || hourDigits.Length == 2 && hourDigits[0] == '0' && hour > 0 || hour is >= 1 and <= 11 && TwentyFourHourClock(tokens, index)))
        {
            // "from 18:00 until 09:00": a round hour on the 24-hour clock is said as listeners say it, "six p m", "nine
            // a m"; "nine o'clock" alone would not say which nine. Minutes past stay as written ("fourteen thirty").
            hour12 = hour % 12 == 0 ? 12 : hour % 12;
            meridiem = hour < 12 ? "a m" : "p m";
        }
        else if (meridiem is null && secondDigits is null && hourDigits == "00" && !isResult)
        {
            // "00:01 GMT": the first hour of the day has no "zero" in speech; "twelve oh one a m" ("0:04 left", a
            // game clock, has one zero and stays).
            hour12 = 12;
            meridiem = "a m";
        }
        var words = new List<string> { Clock(hour12 ?? hour, minuteDigits, secondDigits, meridiem is not null, isResult) };
        if (meridiem is not null)
        {
            words.Add(meridiem);
        }
        if (dayBeforeZone is not null)
        {
            words.Add(dayBeforeZone);
        }
        if (zone is not null)
        {
            words.Add(zone);
        }
        if (meridiem is not null && NamedHourAfterDash(tokens, next) is { } namedEnd)
        {
            // "9 a.m.-noon": a span to a named hour; the dash is "to" as between two clock times.
            words.Add($"to {namedEnd}");
            next += 2;
        }
        replacement = Spoken(tokens, index, next - index, string.Join(' ', words));
        return next - index;
    }

    /// <summary>"noon" or "midnight" after a dash at <paramref name="dash"/>, or null.</summary>
    private static string? NamedHourAfterDash(IReadOnlyList<Token> tokens, int dash) =>
        At(tokens, dash) is { Kind: TokenKind.Punctuation, Text: "-" or "\u2013" or "\u2014" }
            && At(tokens, dash + 1) is { Kind: TokenKind.Word } named && named.Text.ToLowerInvariant() is "noon" or "midnight" or "midday"
            ? named.Text
            : null;

    private string Clock(int hour, string? minuteDigits, string? secondDigits, bool hasMeridiem, bool isResult)
    {
        var hourWords = numbers.Cardinal(hour);
        var minute = minuteDigits is null ? 0 : int.Parse(minuteDigits, System.Globalization.CultureInfo.InvariantCulture);
        if (secondDigits is not null)
        {
            var second = int.Parse(secondDigits, System.Globalization.CultureInfo.InvariantCulture);
            return $"{Unit(hour, "hour")} {Unit(minute, "minute")}{(isResult ? "" : " and")} {Unit(second, "second")}";
        }
        if (minute == 0)
        {
            return hasMeridiem ? hourWords : hour is >= 1 and <= 12 ? $"{hourWords} o'clock" : $"{hourWords} hundred";
        }
        return minute < 10 ? $"{hourWords} oh {numbers.Cardinal(minute)}" : $"{hourWords} {numbers.Cardinal(minute)}";
    }

    private string Unit(int value, string unit) => $"{numbers.Cardinal(value)} {unit}{(value == 1 ? "" : "s")}";

    /// <summary>"a m" or "p m" from a suffix ("10am", "00a" + ".m.") or the next tokens ("a.m.", "PM", "p.m.est").</summary>
    private static string? ReadMeridiem(IReadOnlyList<Token> tokens, string suffix, ref int next, out string? zone)
    {
        zone = null;
        var lower = suffix.ToLowerInvariant();
        if (lower is "am" or "pm")
        {
            return $"{lower[0]} m";
        }
        if (lower is "a" or "p")
        {
            // "1:00a.m.": the tokenizer splits it into "00a", ".", "m", ".".
            if (At(tokens, next) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore
                && At(tokens, next + 1) is { Kind: TokenKind.Word, SpaceBefore: false } m && m.Text is "m" or "M")
            {
                next += 2;
                SkipDot(tokens, ref next);
                return $"{lower[0]} m";
            }
            return null;
        }
        if (lower.Length > 0 || At(tokens, next) is not { Kind: TokenKind.Word } word)
        {
            return null;
        }
        var text = word.Text.ToLowerInvariant();
        if (text is "am" or "pm" && (word.Text is "am" or "pm" or "AM" or "PM"))
        {
            next++;
            return $"{text[0]} m";
        }
        if (text is "a.m" or "p.m")
        {
            next++;
            SkipDot(tokens, ref next);
            return $"{text[0]} m";
        }
        if ((text.StartsWith("a.m.", StringComparison.Ordinal) || text.StartsWith("p.m.", StringComparison.Ordinal))
            && Zone(text[4..].Replace(".", "", StringComparison.Ordinal)) is { } glued)
        {
            // "1:59 p.m.est": the zone is glued on.
            next++;
            SkipDot(tokens, ref next);
            zone = glued;
            return $"{text[0]} m";
        }
        return null;
    }

    private static readonly HashSet<string> RatioWords = new(StringComparer.OrdinalIgnoreCase) { "ratio", "ratios" };

    /// <summary>
    /// "at 1400hrs", "0600 hours": the 24-hour clock of police, military and emergency copy, "fourteen hundred hours",
    /// "oh six hundred hours". Four digits, a real hour and minute, "hrs" glued or "hours" after, and a word of time before.
    /// </summary>
    private (string? Words, int Count) MilitaryTime(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } time || NumberText.Split(time.Text) is not ({ Length: 4 } digits, var suffix) || !NumberText.IsPlain(digits))
        {
            return (null, 0);
        }
        var count = suffix is "hrs" or "hr" ? 1 : suffix.Length == 0 && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "hrs" or "hours" } ? 2 : 0;
        var hour = (digits[0] - '0') * 10 + (digits[1] - '0');
        var minute = (digits[2] - '0') * 10 + (digits[3] - '0');
        // Only as a moment ("at 1400hrs", "from 0600 hours"): "worked 1400 hours" is a duration.
        if (count == 0 || hour > 23 || minute > 59 || At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "at" or "from" or "until" or "till" or "by" or "before" or "after" or "since" or "about" or "around" })
        {
            return (null, 0);
        }
        return ($"{TwentyFourHourWords(hour, minute, leadingZero: digits[0] == '0')} hours", count);
    }

    /// <summary>
    /// "the 07.42 from Leeds": a 24-hour time written with a dot and its leading zero, as British timetables print it. A
    /// decimal never keeps a zero before a two-digit whole part, so the shape is a time alone: "oh seven forty-two".
    /// </summary>
    private string? LeadingZeroDottedTime(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } time || time.Text.Split('.') is not [['0', var hourDigit], { Length: 2 } minuteText]
            || !char.IsAsciiDigit(hourDigit) || !NumberText.IsPlain(minuteText) || int.Parse(minuteText, System.Globalization.CultureInfo.InvariantCulture) is var minute && minute > 59
            || At(tokens, index + 1) is { Text: "." } && At(tokens, index + 2) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return null;
        }
        return TwentyFourHourWords(hourDigit - '0', minute, leadingZero: true);
    }

    /// <summary>
    /// "The 17.52 from Cardiff Central", "the 9.05 to Leeds", "the 6.01 news", "Saturday's 1.45 at Punchestown": a dotted
    /// time after "the" or a possessive that names a train, a broadcast or a race by when it starts: before "from" or
    /// "to" and a place, before "at" and a capitalised course, or before a noun of a timetable or a schedule. No decimal
    /// stands in that shape ("the 1.45 ratio", "a 6.01 per cent rise" and "rose 1.45 at the close" keep their point).
    /// </summary>
    private string? NamedService(IReadOnlyList<Token> tokens, int index)
    {
        if (tokens[index] is not { Kind: TokenKind.Number } time || time.Text.Split('.') is not [{ Length: 1 or 2 } hourText, { Length: 2 } minuteText]
            || !NumberText.IsPlain(hourText) || !NumberText.IsPlain(minuteText) || hourText == "0"
            || At(tokens, index - 1) is not { Kind: TokenKind.Word } before || !(before.Text is "the" or "The" || IsPossessive(before.Text)))
        {
            return null;
        }
        var hour = int.Parse(hourText, System.Globalization.CultureInfo.InvariantCulture);
        var minute = int.Parse(minuteText, System.Globalization.CultureInfo.InvariantCulture);
        var placeAfter = At(tokens, index + 2) is { Kind: TokenKind.Word } place && char.IsUpper(place.Text[0]);
        var service = At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "from" or "to" } && placeAfter && before.Text is "the" or "The"
            // "Saturday's 1.45 at Punchestown": a race by its start time at a course.
            || At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "at" } && placeAfter
            || At(tokens, index + 1) is { Kind: TokenKind.Word } noun && ScheduledNouns.Contains(noun.Text)
            // "the 5-1 shot in the 2.40.": a race named alone by its time, at a clause's end, in a sentence about racing.
            || before.Text is "the" or "The" && At(tokens, index + 1) is null or { Kind: TokenKind.Punctuation } && RaceMeeting.TalksRacing(tokens, index);
        if (!service || hour > 23 || minute > 59)
        {
            return null;
        }
        // "the 9.00 from Leeds" is "nine o'clock"; "the 09.00" and "the 19.00" are "oh nine hundred" and "nineteen hundred".
        return minute == 0 && hourText[0] != '0' && hour <= 12 ? $"{numbers.Cardinal(hour)} o'clock" : TwentyFourHourWords(hour, minute, leadingZero: hourText[0] == '0');
    }

    /// <summary>Things named by the time they start: trains and boats, broadcasts, races ("the 6.01 news", "the 2.40 race").</summary>
    private static readonly HashSet<string> ScheduledNouns = new(StringComparer.Ordinal)
    {
        "service", "train", "departure", "sailing", "ferry", "bus", "flight", "coach", "express", "shuttle",
        "news", "bulletin", "programme", "program", "show", "broadcast", "edition", "race", "sprint", "hurdle", "chase", "handicap",
    };

    /// <summary>"Saturday's", "Ascot's": a word with the possessive "'s".</summary>
    private static bool IsPossessive(string word) =>
        word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));

    /// <summary>A 24-hour time as said: "oh seven forty-two", "fourteen hundred", "oh six oh five".</summary>
    private string TwentyFourHourWords(int hour, int minute, bool leadingZero)
    {
        var hourWords = leadingZero ? $"oh {numbers.Cardinal(hour)}" : numbers.Cardinal(hour);
        var minuteWords = minute == 0 ? "hundred" : minute < 10 ? $"oh {numbers.Cardinal(minute)}" : numbers.Cardinal(minute);
        return $"{hourWords} {minuteWords}";
    }

    private static string? ReadZone(Token? token, ref int next)
    {
        if (token is not { Kind: TokenKind.Word })
        {
            return null;
        }
        // "ET" and "EST" as written; lower case ("est") and dotted ("e.s.t") only straight after a time.
        var letters = token.Text.Replace(".", "", StringComparison.Ordinal);
        var zone = Zone(letters);
        if (zone is null || (letters.Length == 2 && letters != token.Text.ToUpperInvariant()))
        {
            return null;
        }
        next++;
        return zone;
    }

    private static string? Zone(string letters) =>
        ZoneWords.TryGetValue(letters, out var words) ? words : SpelledZones.Contains(letters) || CapitalZones.Contains(letters) ? Spell(letters) : null;

    private static string Spell(string letters) =>
        string.Join(' ', letters.Where(char.IsLetter).Select(c => char.ToUpperInvariant(c).ToString()));

    private static void SkipDot(IReadOnlyList<Token> tokens, ref int next)
    {
        if (At(tokens, next) is { } dot && dot.IsPunctuation(".") && !dot.SpaceBefore)
        {
            next++;
        }
    }

    /// <summary>
    /// Whether another time in the sentence is written on the 24-hour clock (an hour from 13, or a leading zero), so that
    /// "10:00" beside "from 18:00" is ten in the morning.
    /// </summary>
    private static bool TwentyFourHourClock(IReadOnlyList<Token> tokens, int index) =>
        NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Number } other && IsColon(At(tokens, k + 1))
            && At(tokens, k + 2) is { Kind: TokenKind.Number, SpaceBefore: false } && other.Text.Length == 2 && NumberText.IsPlain(other.Text)
            && (other.Text[0] == '0' || int.Parse(other.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 13 and <= 23));

    /// <summary>
    /// "18:00-20:30": a round hour that opens a span whose end has minutes is read on the same 24-hour clock as that end
    /// ("eighteen hundred to twenty thirty"), not as "six p m".
    /// </summary>
    private static bool SpanEndsPastTheHour(IReadOnlyList<Token> tokens, int next) =>
        (At(tokens, next) is { Text: "-" or "\u2013", SpaceBefore: false } || At(tokens, next) is { Kind: TokenKind.Word, Text: "to" or "until" })
        && At(tokens, next + 1) is { Kind: TokenKind.Number, Text.Length: 2 } && IsColon(At(tokens, next + 2))
        && At(tokens, next + 3) is { Kind: TokenKind.Number, Text.Length: 2, SpaceBefore: false } minutes && NumberText.IsPlain(minutes.Text) && minutes.Text != "00";

    /// <summary>"18.00-20.30", "10.00-15.30": a dotted span's end with minutes past its hour.</summary>
    private static bool DottedSpanEndsPastTheHour(IReadOnlyList<Token> tokens, int next) =>
        (At(tokens, next) is { Text: "-" or "\u2013", SpaceBefore: false } || At(tokens, next) is { Kind: TokenKind.Word, Text: "to" or "until" })
        && At(tokens, next + 1) is { Kind: TokenKind.Number } end && end.Text.Split('.') is [{ Length: 1 or 2 } endHour, { Length: 2 } endMinutes]
        && NumberText.IsPlain(endHour) && NumberText.IsPlain(endMinutes) && endMinutes != "00"
        && TryHour(endHour, out _) && TryMinutes(endMinutes, out _);

    private static bool IsColon(Token? token) => token is { Kind: TokenKind.Punctuation, Text: ":", SpaceBefore: false };

    private static bool TryHour(string digits, out int hour)
    {
        hour = -1;
        return digits.Length is 1 or 2 && NumberText.IsPlain(digits)
            && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out hour) && hour is >= 0 and <= 23;
    }

    private static bool TryMinutes(string digits, out int minutes)
    {
        minutes = -1;
        return digits.Length == 2 && NumberText.IsPlain(digits)
            && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out minutes) && minutes < 60;
    }
}
