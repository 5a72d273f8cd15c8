using Aloud.Script.Dialect;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// All-digit dates: "2021-01-06" and "2016/07/03" (year first), "1/6/2021", "01/07/98", "15-01-2020",
/// "01.10.2010" (in the document's <see cref="DateOrder"/> unless one number cannot be a month), "2Q22" (a quarter),
/// "on 5/15" (a month and day after a word that introduces a date), and "9/11" as the event. A reading that is not a
/// real calendar day is left to the other passes rather than guessed.
/// </summary>
internal sealed class NumericDatePass(INumberWords numbers, DateOrder order = DateOrder.MonthFirst) : TokenPass
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public override string Name => "numeric-date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Number)
        {
            return 0;
        }
        if (token.Text is ['1' or '2' or '3' or '4', 'Q' or 'q'] && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: false } quarterYear
            && quarterYear.Text.Length is 2 or 4 && NumberText.IsPlain(quarterYear.Text))
        {
            // "2Q22" -> "the second quarter of twenty twenty-two".
            var year = Parse(quarterYear.Text);
            year += year < 100 ? 2000 : 0;
            replacement = Spoken(tokens, index, 2, $"the {numbers.Ordinal(token.Text[0] - '0')} quarter of {numbers.Year(year)}");
            return 2;
        }
        // "01.10.2010" is one number token: the tokenizer joins digits across dots.
        if (token.Text.Count(c => c == '.') == 2 && TryRead(token.Text.Split('.'), out var dotted))
        {
            replacement = Spoken(tokens, index, 1, dotted);
            return 1;
        }
        if (At(tokens, index + 1) is not { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false } sep1
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } second)
        {
            return 0;
        }
        if (At(tokens, index + 3) is { Kind: TokenKind.Punctuation, SpaceBefore: false } sep2 && sep2.Text == sep1.Text
            && At(tokens, index + 4) is { Kind: TokenKind.Number, SpaceBefore: false } third
            && At(tokens, index + 5) is not { Kind: TokenKind.Punctuation, Text: "-" or "/", SpaceBefore: false }
            // "Tampa Bay 11-9-14—34": shots by period and their total in a box score, not a date.
            && !(At(tokens, index + 5) is { Text: "\u2014" or "\u2013", SpaceBefore: false } && At(tokens, index + 6) is { Kind: TokenKind.Number })
            // "after a 9-15-10 season": a wins-losses-draws record before the word it describes.
            && !(sep1.Text == "-" && At(tokens, index + 5) is { Kind: TokenKind.Word, Text: "season" or "seasons" or "record" or "campaign" or "mark" or "run" or "start" })
            && TryRead([token.Text, second.Text, third.Text], out var words))
        {
            replacement = Spoken(tokens, index, 5, words);
            return 5;
        }
        // "a best-before date of 03/2027", "expires 11/2028": a month and a four-digit year, as labels and cards print them.
        if (sep1.Text == "/" && token.Text.Length is 1 or 2 && NumberText.IsPlain(token.Text) && int.Parse(token.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12 and var labelMonth
            && second.Text.Length == 4 && NumberText.IsPlain(second.Text) && int.Parse(second.Text, System.Globalization.CultureInfo.InvariantCulture) is >= 1900 and <= 2199 and var labelYear
            && At(tokens, index + 3) is not { Kind: TokenKind.Punctuation, Text: "/" or "-", SpaceBefore: false })
        {
            replacement = Spoken(tokens, index, 3, $"{MonthNames[labelMonth - 1]} {numbers.Year(labelYear)}");
            return 3;
        }
        // "open 24/7": around the clock, never a date (no month 24; day first, July the twenty-fourth).
        if (token.Text == "24" && sep1.Text == "/" && second.Text == "7"
            && At(tokens, index + 3) is not { Kind: TokenKind.Punctuation, Text: "/" or "-", SpaceBefore: false })
        {
            replacement = Spoken(tokens, index, 3, "twenty-four seven");
            return 3;
        }
        // "9/11" is the event, not nine-elevenths or September eleventh.
        if (token.Text == "9" && sep1.Text == "/" && second.Text == "11"
            && At(tokens, index + 3) is not { Kind: TokenKind.Punctuation, Text: "/" or "-", SpaceBefore: false })
        {
            replacement = Spoken(tokens, index, 3, "nine eleven");
            return 3;
        }
        if (sep1.Text == "/" && IsMonthDay(tokens, index, out var monthDay) && !RaceMeeting.TalksRacing(tokens, index) && !BettingPrice.IsPrice(tokens, index))
        {
            replacement = Spoken(tokens, index, 3, monthDay);
            return 3;
        }
        return 0;
    }

    /// <summary>Words after which a month and day without a year ("on 5/15") are a date, not a fraction.</summary>
    private static readonly HashSet<string> DateCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "since", "until", "till", "through", "thru", "from", "effective", "starting", "before", "after", "between",
        "dated", "due",
    };

    /// <summary>
    /// A month and day without a year ("from 5/15 to 6/1", or "from 15/5 to 1/6" day first): only after a word that
    /// introduces a date, or as the other end of a span whose first end was read as a date, so "3/4 of voters" stays a
    /// fraction.
    /// </summary>
    private bool IsMonthDay(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        if (!IsMonthDayShape(tokens, index, out var first, out var second)
            || At(tokens, index + 3) is { Kind: TokenKind.Punctuation, Text: "/" or "-", SpaceBefore: false }
            || At(tokens, index + 3) is { Kind: TokenKind.Word, Text: "of" })
        {
            return false;
        }
        // "postmarked by 11/5": news never writes an improper fraction with a slash, so a month larger than the day
        // after a lowercase word is a date too (a proper "3/4 of voters" still needs a cue).
        var improperAfterWord = first > second && At(tokens, index - 1) is { Kind: TokenKind.Word } before && before.Text.All(char.IsLower);
        if (!improperAfterWord && !FollowsCue(tokens, index))
        {
            // "from 5/15 to 6/1": the far end of a span whose first end follows a cue.
            var joined = At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "to" or "and" or "through" } or { Kind: TokenKind.Punctuation, Text: "-" or "\u2013" };
            if (!joined || !IsMonthDayShape(tokens, index - 4, out _, out _) || !FollowsCue(tokens, index - 4))
            {
                return false;
            }
        }
        words = order == DateOrder.DayFirst
            ? $"the {numbers.Ordinal(first)} of {MonthNames[second - 1]}"
            : $"{MonthNames[first - 1]} {numbers.Ordinal(second)}";
        return true;
    }

    private static bool FollowsCue(IReadOnlyList<Token> tokens, int index)
    {
        // "Sat. 11/8", "Friday 5/15": a weekday names the date that follows.
        var k = At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "." or "," } ? index - 2 : index - 1;
        return At(tokens, k) is { Kind: TokenKind.Word } cue && (Weekdays.Contains(cue.Text) || (k == index - 1 && DateCues.Contains(cue.Text)))
            || Rescheduled(tokens, index);
    }

    /// <summary>Verbs that move an event to another day: "moved to 12/15", "postponed until 3/2", "rescheduled for 4/9".</summary>
    private static readonly HashSet<string> ReschedulingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "moved", "postponed", "rescheduled", "delayed", "deferred", "adjourned", "pushed", "put", "brought", "changed", "shifted", "bumped",
        "move", "postpone", "reschedule", "delay", "defer", "adjourn",
    };

    /// <summary>
    /// "The meeting was moved to 12/15": after a verb that moves an event (and "back" or "forward"), "to" or "for" brings
    /// in the new day, so the pair is a date ("moved to 3/4 of its size" is not news copy).
    /// </summary>
    private static bool Rescheduled(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index - 1) is not { Kind: TokenKind.Word, Text: "to" or "for" })
        {
            return false;
        }
        var verb = At(tokens, index - 2) is { Kind: TokenKind.Word, Text: "back" or "forward" or "forwards" } ? At(tokens, index - 3) : At(tokens, index - 2);
        return verb is { Kind: TokenKind.Word } && ReschedulingVerbs.Contains(verb.Text);
    }

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Whether tokens at <paramref name="index"/> are "M/D" (or "D/M" day first) with a real month and day.</summary>
    private bool IsMonthDayShape(IReadOnlyList<Token> tokens, int index, out int first, out int second)
    {
        first = second = 0;
        if (At(tokens, index) is not { Kind: TokenKind.Number } firstToken || At(tokens, index + 1) is not { Text: "/", SpaceBefore: false }
            || At(tokens, index + 2) is not { Kind: TokenKind.Number, SpaceBefore: false } secondToken
            || firstToken.Text.Length > 2 || secondToken.Text.Length > 2 || !NumberText.IsPlain(firstToken.Text) || !NumberText.IsPlain(secondToken.Text))
        {
            return false;
        }
        (var a, var b) = (Parse(firstToken.Text), Parse(secondToken.Text));
        (first, second) = (a, b);
        return order == DateOrder.DayFirst ? IsValid(b, a) : IsValid(a, b);
    }

    private bool TryRead(string[] parts, out string words)
    {
        words = "";
        if (parts.Length != 3 || !parts.All(NumberText.IsPlain))
        {
            return false;
        }
        if (parts[0].Length == 4)
        {
            // ISO order: year, month, day.
            return parts[1].Length <= 2 && parts[2].Length <= 2
                && TryMonthFirst(Parse(parts[1]), Parse(parts[2]), Parse(parts[0]), out words);
        }
        if (parts[0].Length > 2 || parts[1].Length > 2 || parts[2].Length is not (2 or 4))
        {
            return false;
        }
        var year = Parse(parts[2]);
        if (parts[2].Length == 2)
        {
            // "01/07/98" is 1998, "11/17/05" is 2005: news dates are recent.
            year += year >= 30 ? 1900 : 2000;
        }
        if (year is < 1000 or > 2999)
        {
            return false;
        }
        var first = Parse(parts[0]);
        var second = Parse(parts[1]);
        // "15-01-2020" can only be day first and "01-15-2020" only month first; otherwise the document's order decides.
        var dayFirst = first > 12 || (second <= 12 && order == DateOrder.DayFirst);
        return dayFirst ? TryDayFirst(first, second, year, out words) : TryMonthFirst(first, second, year, out words);
    }

    private bool TryMonthFirst(int month, int day, int year, out string words)
    {
        words = IsValid(month, day) ? $"{MonthNames[month - 1]} {numbers.Ordinal(day)} {numbers.Year(year)}" : "";
        return words.Length > 0;
    }

    private bool TryDayFirst(int day, int month, int year, out string words)
    {
        words = IsValid(month, day) ? $"the {numbers.Ordinal(day)} of {MonthNames[month - 1]} {numbers.Year(year)}" : "";
        return words.Length > 0;
    }

    private static int Parse(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsValid(int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
}
