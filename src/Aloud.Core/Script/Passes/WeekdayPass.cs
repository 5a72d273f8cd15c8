using Aloud.Script.Dialect;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Abbreviated weekdays in datelines and schedules: "Tues., Jan. 6" -> "Tuesday, January sixth", "Sat. 9 a.m." ->
/// "Saturday nine a m", "published Wed. in Nature". "Sun." and "Sat." are also a newspaper and a test, so those two
/// count only before a comma, a colon (a forecast's "Sat.: Sunny"), a month or a number, or after "on", "since", "last"..., where nothing else fits.
/// </summary>
internal sealed class WeekdayPass(DateOrder dates = DateOrder.MonthFirst) : TokenPass
{
    /// <summary>
    /// How a dashed span of days is said: "Monday to Friday" in day-first (British, Irish, Commonwealth) copy, "Monday
    /// through Friday" in American copy, each reader's own way of saying opening hours.
    /// </summary>
    private readonly string _spanWord = dates == DateOrder.DayFirst ? "to" : "through";

    private static IReadOnlyDictionary<string, string> Weekdays => Abbreviations.Weekdays;

    private static readonly HashSet<string> DayCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "since", "until", "by", "last", "next", "this", "each", "every", "through", "till", "from", "before", "after", "thru",
    };

    public override string Name => "weekday";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (DayRange(tokens, index, out var range, out var rangeTokens))
        {
            replacement = Spoken(tokens, index, rangeTokens, range);
            return rangeTokens;
        }
        if (tokens[index] is { Kind: TokenKind.Word } undotted && Weekdays.TryGetValue(undotted.Text, out var dayBeforeDate)
            && (At(tokens, index + 1) is { Kind: TokenKind.Spoken, Class: "date", SpaceBefore: true }
                // "on Sun, April 26": the comma between a day and its date.
                || At(tokens, index + 1) is { Text: ",", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Spoken, Class: "date" }
                // "Mon: sunny, high 24°C": a forecast's day opening its line; "Tides at Whitby, Sat: HW 04:10", "results for
                // Wed: 4, 19": a day after a comma or a lower-case word, before the colon that opens its figures ("The Sun:"
                // after a determiner stays the paper).
                || At(tokens, index + 1) is { Text: ":", SpaceBefore: false }
                    && (index == 0 || At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "," or ";" or "(" }
                        || At(tokens, index - 1) is { Kind: TokenKind.Word } lowerBefore && lowerBefore.Text.All(char.IsLower) && !Determiners.Words.Contains(lowerBefore.Text))
                // "Thomond Park, Sat 7.45pm", "(Sat, 5.30pm, Sky Sports)": a fixture's day before its kick-off time.
                || At(tokens, index + 1) is { Kind: TokenKind.Spoken, Class: "time", SpaceBefore: true }
                // "Twilight markets, Fri 5-9pm": a span of hours whose end carries the time.
                || At(tokens, index + 1) is { Kind: TokenKind.Number or TokenKind.Spoken, SpaceBefore: true } && NumericClasses.IsDash(At(tokens, index + 2))
                    && At(tokens, index + 3) is { Kind: TokenKind.Spoken, Class: "time" }
                || At(tokens, index + 1) is { Text: ",", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Spoken, Class: "time" }
                // "quiz night on Fri 11th": a bare day of the month after the weekday (OrdinalPass adds its "the").
                || At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } dayNumber && NumberText.Split(dayNumber.Text) is (var dayDigits, var daySuffix)
                    && NumberText.TryParseInteger(dayDigits, out var dayOfMonth) && OrdinalPass.IsBareDayOfMonth(tokens, index + 1, dayOfMonth, daySuffix)
                // "meets on the 1st Tue of every month": a weekday counted within its month.
                || (At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" } || At(tokens, index - 1) is { Kind: TokenKind.Number } counted
                        && NumberText.Split(counted.Text).Suffix is "st" or "nd" or "rd" or "th")
                    && At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "of" or "in" or "each" or "every" }
                // "replaced by buses from 10pm Fri until 4am Mon": a day right after a time, before no name.
                || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "time" } && !NameFollows(tokens, index)))
        {
            // "Tue 4 Nov", "Sat 12 April": British listings drop the full stop; a date right after says it is the day.
            replacement = Spoken(tokens, index, 1, dayBeforeDate);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word } plainDay && IsNoWord(plainDay.Text) && Weekdays.TryGetValue(plainDay.Text, out var plainName)
            && At(tokens, index + 1) is not { Text: ".", SpaceBefore: false } && !NameFollows(tokens, index))
        {
            // "bingo Fri $5", "Meet Weds pm": a day clipped to a form that is no English word is the day wherever it
            // stands; a bare "am" or "pm" after it is the half of that day.
            if (At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true, Text: "am" or "pm" or "AM" or "PM" } half)
            {
                replacement = Spoken(tokens, index, 2, $"{plainName} {half.Text.ToLowerInvariant()[0]} m");
                return 2;
            }
            replacement = Spoken(tokens, index, 1, plainName);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word } countedDay && Weekdays.TryGetValue(countedDay.Text, out var countedName)
            && At(tokens, index + 1) is { Text: ".", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "of" or "in" or "each" or "every" }
            && (At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "ordinal" } || At(tokens, index - 1) is { Kind: TokenKind.Number } dottedCount
                && NumberText.Split(dottedCount.Text).Suffix is "st" or "nd" or "rd" or "th"))
        {
            // "on the 3rd Sat. in Jan.": a dotted weekday counted within its month, its stop with it.
            replacement = Spoken(tokens, index, 2, countedName);
            return 2;
        }
        if (tokens[index] is { Kind: TokenKind.Word } bare && Weekdays.TryGetValue(bare.Text, out var bareDay)
            && At(tokens, index + 1) is not { Text: ".", SpaceBefore: false }
            && At(tokens, index - 1) is { Kind: TokenKind.Word } dayCue && DayCues.Contains(dayCue.Text) && !NameFollows(tokens, index))
        {
            // "cancelled on Wed because of swells", "due next Thurs": a word that names a day before an undotted one.
            replacement = Spoken(tokens, index, 1, bareDay);
            return 1;
        }
        if (tokens[index] is { Kind: TokenKind.Word, Text.Length: > 4 } owned && (owned.Text.EndsWith("'s", StringComparison.Ordinal) || owned.Text.EndsWith("\u2019s", StringComparison.Ordinal))
            && owned.Text[..^2] is var ownerDay && ownerDay != "Sun" && Weekdays.TryGetValue(ownerDay, out var possessiveDay))
        {
            // "so Mon's round is on Tue.": a day's abbreviation with the possessive ("the Sun's" is the star or the paper).
            replacement = Spoken(tokens, index, 1, possessiveDay + "'s");
            return 1;
        }
        if (tokens[index] is not { Kind: TokenKind.Word } word || !Weekdays.TryGetValue(word.Text, out var day)
            || At(tokens, index + 1) is not { } dot || !dot.IsPunctuation(".") || dot.SpaceBefore)
        {
            return 0;
        }
        var next = At(tokens, index + 2);
        var fits = next is { Kind: TokenKind.Punctuation, Text: "," or ":" or ";" } or { Kind: TokenKind.Number }
            || (next is { Kind: TokenKind.Word or TokenKind.Spoken } && IsDateStart(next))
            // "published Wed. in Nature": only "Sat." and "Sun." have other meanings.
            || word.Text is not ("Sat" or "Sun")
            || (At(tokens, index - 1) is { Kind: TokenKind.Word } before && DayCues.Contains(before.Text))
            // "opens Fri. and runs through Sun.", "Sat. or Sun.": another day in the sentence says what these are.
            || OtherDayBefore(tokens, index)
            // "closed Sat. and Sun.": a pair of days says what both are.
            || At(tokens, index + 2) is { Kind: TokenKind.Word, Text: "and" or "or" or "to" or "through" } or { Text: "&" } && At(tokens, index + 3) is { Kind: TokenKind.Word } pair
                && Weekdays.ContainsKey(pair.Text) && At(tokens, index + 4) is { Text: ".", SpaceBefore: false }
            || At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "and" or "or" or "to" or "through" } or { Text: "&" } && At(tokens, index - 2) is { Text: ".", SpaceBefore: false }
                && At(tokens, index - 3) is { Kind: TokenKind.Word } first && Weekdays.ContainsKey(first.Text)
            // "at 11 a.m. Sat. at the church": a day after a time.
            || At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "time" }
            // "the Sat. sale", "Sun. lunch served": before a lower-case word the stop is the abbreviation's, and neither the
            // paper nor the star is written with one.
            || next is { Kind: TokenKind.Word } lowerAfter && char.IsLower(lowerAfter.Text[0]);
        if (!fits)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 2, day);
        return 2;
    }

    /// <summary>
    /// A span of days: "Mon.-Fri." (dotted, the dash its own token) or "Mon-Fri" (one word) -> "Monday through
    /// Friday" ("Monday to Friday" in day-first copy), as opening hours are said.
    /// </summary>
    private bool DayRange(IReadOnlyList<Token> tokens, int index, out string words, out int count)
    {
        words = "";
        count = 0;
        if (tokens[index] is not { Kind: TokenKind.Word } first)
        {
            return false;
        }
        var parts = first.Text.Split('-', '\u2013');
        if (parts.Length == 2 && Weekdays.TryGetValue(parts[0], out var from) && Weekdays.TryGetValue(parts[1], out var to))
        {
            words = $"{from} {_spanWord} {to}";
            count = At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } && At(tokens, index + 2) is not null ? 2 : 1;
            return true;
        }
        if (Weekdays.TryGetValue(first.Text, out var dashStart) && At(tokens, index + 1) is { Kind: TokenKind.Punctuation, Text: "-" or "\u2013", SpaceBefore: false }
            && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } dashEndWord && Weekdays.TryGetValue(dashEndWord.Text, out var dashEnd)
            && !(At(tokens, index + 3) is { Text: ".", SpaceBefore: false } && At(tokens, index + 4) is not null))
        {
            // "open Tue–Sun": an en dash between two undotted days.
            words = $"{dashStart} {_spanWord} {dashEnd}";
            count = 3;
            return true;
        }
        if (Weekdays.TryGetValue(first.Text, out var spanStart)
            && At(tokens, index + 1) is { } joiner && (joiner is { Kind: TokenKind.Word, Text: "to" or "through" or "until" or "till" or "and" or "or" } || joiner.Text == "&")
            && At(tokens, index + 2) is { Kind: TokenKind.Word } spanEndWord && Weekdays.TryGetValue(spanEndWord.Text, out var spanEnd)
            // A dot after the second day is its abbreviation's, unless it ends the sentence ("Open Mon to Fri.").
            && (At(tokens, index + 3) is not { Text: ".", SpaceBefore: false } || At(tokens, index + 4) is null))
        {
            // "closed Mon to Thu", "Sat and Sun", "open Tue & Thu": two undotted days joined by a word or an ampersand name
            // each other, so one read as a day makes the other one too.
            words = $"{spanStart} {(joiner.Text == "&" ? "and" : joiner.Text)} {spanEnd}";
            count = 3;
            return true;
        }
        if (!Weekdays.TryGetValue(first.Text, out var start) || At(tokens, index + 1) is not { Text: ".", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Punctuation, Text: "-" or "\u2013", SpaceBefore: false }
            || At(tokens, index + 3) is not { Kind: TokenKind.Word, SpaceBefore: false } last || !Weekdays.TryGetValue(last.Text, out var end))
        {
            return false;
        }
        words = $"{start} {_spanWord} {end}";
        count = At(tokens, index + 4) is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } && At(tokens, index + 5) is not null ? 5 : 4;
        return true;
    }

    /// <summary>"won by a length from Sun Rider": a capitalised word after the abbreviation (not a month) makes it part of a name.</summary>
    /// <summary>Clipped days that are no English word or name ("Weds", "Fri", "Thurs"); "Sat", "Sun", "Mon" and "Wed" are.</summary>
    private static bool IsNoWord(string day) => day is "Tue" or "Tues" or "Weds" or "Thu" or "Thur" or "Thurs" or "Fri";

    private static bool NameFollows(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } after && char.IsUpper(after.Text[0]) && !Abbreviations.Months.ContainsKey(after.Text);

    /// <summary>Whether an abbreviated weekday other than "Sat."/"Sun." (or one already read) stands earlier in the sentence.</summary>
    private static bool OtherDayBefore(IReadOnlyList<Token> tokens, int index)
    {
        for (var k = index - 1; k >= 0; k--)
        {
            if (tokens[k] is { Kind: TokenKind.Spoken, Class: "weekday" }
                || tokens[k] is { Kind: TokenKind.Word } day && Weekdays.ContainsKey(day.Text) && day.Text is not ("Sat" or "Sun") && At(tokens, k + 1) is { Text: ".", SpaceBefore: false })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A month name, or a date or time another pass has already read ("Jan. 6" -> "January sixth").</summary>
    private static bool IsDateStart(Token token) =>
        token.Kind == TokenKind.Spoken ? token.Class is "date" or "numeric-date" or "time" : Abbreviations.Months.ContainsKey(token.Text);
}
