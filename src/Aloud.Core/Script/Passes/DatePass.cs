using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Dates written with a month name. Month first: "Feb. 13" -> "February thirteenth", "May 23, 2025" -> "May
/// twenty-third, twenty twenty-five", "Jan-15-2020". Day first: "6 January 2021" -> "the sixth of January
/// twenty twenty-one". The day is read as an ordinal, as newsreaders say it.
/// </summary>
internal sealed class DatePass(INumberWords numbers) : TokenPass
{
    public override string Name => "date";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (MonthSpan(tokens, index) is ({ } span, var spanTokens))
        {
            // "open Saturdays, Nov.-April": a season of months.
            replacement = Spoken(tokens, index, spanTokens, span);
            return spanTokens;
        }
        var consumed = MatchMonthFirst(tokens, index, out var words);
        if (consumed == 0)
        {
            consumed = MatchDayFirst(tokens, index, out words);
        }
        if (consumed == 0)
        {
            consumed = MatchHyphenated(tokens[index], out words);
        }
        if (consumed == 0)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, consumed, words);
        return consumed;
    }

    /// <summary>"Feb. 13", "january 1", "july 25 2012". A lower-case "may" or "march" before a number is
    /// usually the verb ("she may 3 times..."), so those need a year after the day to count as a month.</summary>
    private int MatchMonthFirst(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        if (!TryReadMonth(tokens, index, out var month, out var next))
        {
            return 0;
        }
        if (!TryReadDay(At(tokens, next), out var day))
        {
            // "Mar. 1973": a capitalised month with a year and no day; the year pass reads a full "March 1973".
            if (char.IsUpper(tokens[index].Text[0]) && month.Length > tokens[index].Text.Length && TryReadYear(At(tokens, next), out var onlyYear))
            {
                words = $"{month} {numbers.Year(onlyYear)}";
                return next + 1 - index;
            }
            return 0;
        }
        words = $"{month} {numbers.Ordinal(day)}";
        if (NumericClasses.IsDash(At(tokens, next + 1)) && TryReadDay(At(tokens, next + 2), out var lastDay) && lastDay > day
            && !NumericClasses.IsDash(At(tokens, next + 3)))
        {
            // "May 2-10": a span of days in one month, "May second to tenth".
            words = $"{words} to {numbers.Ordinal(lastDay)}";
            next += 2;
        }
        else if (At(tokens, next + 1) is { Kind: TokenKind.Word, Text: "to" or "through" or "until" or "till" } spanWord && TryReadDay(At(tokens, next + 2), out var endDay)
            && endDay > day && At(tokens, next + 2)!.Kind == TokenKind.Number && EndsTheSpan(At(tokens, next + 3)))
        {
            // "from November 3 to 21": the span's last day is a date of the same month, "November third to twenty-first".
            words = $"{words} {spanWord.Text} {numbers.Ordinal(endDay)}";
            next += 2;
        }
        else if (DayList(tokens, next + 1) is ({ } listed, var listTokens) && !IsVerbLike(tokens[index]))
        {
            // "on November 6, 11 and 15": more days of the same month, each a date.
            words += listed;
            return next + 1 + listTokens - index;
        }
        // "May 23, 2025": the comma stays a breath and the year pass reads the year; "May 23 2025" is read here.
        if (TryReadYear(At(tokens, next + 1), out var year))
        {
            words = $"{words} {numbers.Year(year)}";
            return next + 2 - index;
        }
        return IsVerbLike(tokens[index]) ? 0 : next + 1 - index;
    }

    /// <summary>
    /// The days listed after a month's first day ("November 6, 11 and 15": ", eleventh and fifteenth") and how many
    /// tokens they take from <paramref name="at"/>, the comma after the first day; nulls unless the list ends on "and"
    /// or "or" and a day, at the clause's end.
    /// </summary>
    private (string? Words, int Count) DayList(IReadOnlyList<Token> tokens, int at)
    {
        var spoken = new System.Text.StringBuilder();
        var k = at;
        while (At(tokens, k) is { Text: "," } && TryReadDay(At(tokens, k + 1), out var listedDay) && At(tokens, k + 1)!.Kind == TokenKind.Number && k - at < 20)
        {
            spoken.Append(", ").Append(numbers.Ordinal(listedDay));
            k += 2;
        }
        if (At(tokens, k) is not { Kind: TokenKind.Word, Text: "and" or "or" } joiner || !TryReadDay(At(tokens, k + 1), out var lastDay)
            || At(tokens, k + 1)!.Kind != TokenKind.Number || At(tokens, k + 2) is not (null or { Kind: TokenKind.Punctuation })
            || At(tokens, k + 2) is { Text: "-" or "/" or ":" or "." } && At(tokens, k + 3) is { Kind: TokenKind.Number, SpaceBefore: false })
        {
            return (null, 0);
        }
        spoken.Append(' ').Append(joiner.Text).Append(' ').Append(numbers.Ordinal(lastDay));
        return (spoken.ToString(), k + 2 - at);
    }

    /// <summary>What may follow the last day of "November 3 to 21": the clause's end, a name, or a preposition; not a noun it counts.</summary>
    private static bool EndsTheSpan(Token? after) =>
        after is null or { Kind: TokenKind.Punctuation }
        || after is { Kind: TokenKind.Word } word && (char.IsUpper(word.Text[0]) || word.Text is "at" or "in" or "and" or "or" or "with" or "for" or "from");

    /// <summary>"25 july 2012", "25th jul 2012", "8 Aug.", "the 26th May": read "the Nth of Month".</summary>
    private int MatchDayFirst(IReadOnlyList<Token> tokens, int index, out string words)
    {
        words = "";
        var first = "";
        var dayAt = index;
        if (TryReadDay(tokens[index], out var firstDay) && NumericClasses.IsDash(At(tokens, index + 1)) && !tokens[index + 1].SpaceBefore
            && At(tokens, index + 2) is { SpaceBefore: false } lastDay && TryReadDay(lastDay, out var endDay) && endDay > firstDay
            && TryReadMonth(tokens, index + 3, out _, out _))
        {
            // "22-23 Sept": a span of days before the month, "the twenty-second to the twenty-third of September".
            first = $"{numbers.Ordinal(firstDay)} to the ";
            dayAt = index + 2;
        }
        else if (TryReadDay(tokens[index], out firstDay)
            && (NumericClasses.IsDash(At(tokens, index + 1)) || At(tokens, index + 1) is { Kind: TokenKind.Word, Text: "to" or "until" or "till" or "through" or "and" or "or" })
            && LaterWeekday(tokens, index + 2) is ({ } weekday, var weekdayTokens)
            && At(tokens, index + 2 + weekdayTokens) is { } weekdayDay && TryReadDay(weekdayDay, out var weekdayLast) && weekdayLast > firstDay
            && TryReadMonth(tokens, index + 3 + weekdayTokens, out _, out _))
        {
            // "Thurs 11-Sat 13 Dec": a listing's span with the last day's weekday, "the eleventh to Saturday the thirteenth".
            var spanWord = NumericClasses.IsDash(At(tokens, index + 1)) ? "to" : tokens[index + 1].Text;
            first = $"{numbers.Ordinal(firstDay)} {spanWord} {weekday} the ";
            dayAt = index + 2 + weekdayTokens;
        }
        else if (TryReadDay(tokens[index], out firstDay) && At(tokens, index + 1) is { Kind: TokenKind.Word } joiner
            && (joiner.Text is "to" or "until" or "till" or "through" || joiner.Text == "and" && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "between" or "Between" or "on" or "On" }
                || joiner.Text == "or" && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "on" or "On" })
            && At(tokens, index + 2) is { } spanEnd && TryReadDay(spanEnd, out var laterDay) && laterDay > firstDay
            && TryReadMonth(tokens, index + 3, out _, out _))
        {
            // "from 6 to 10 January", "between 6 and 10 January": the first day is a date too, "the sixth to the tenth".
            // "on 12 and 13 December" lists two days: "the twelfth and thirteenth".
            // "on 25 or 26 December" offers either day: "the twenty-fifth or twenty-sixth".
            var listed = joiner.Text is "and" or "or" && At(tokens, index - 1) is { Text: "on" or "On" };
            first = listed ? $"{numbers.Ordinal(firstDay)} {joiner.Text} " : $"{numbers.Ordinal(firstDay)} {joiner.Text} the ";
            dayAt = index + 2;
        }
        if (!TryReadDay(tokens[dayAt], out var day) || !TryReadMonth(tokens, dayAt + 1, out var month, out var next)
            // "301-7 dec": the second number of a dashed pair is not a day ("dec" is a cricket declaration there).
            || dayAt == index && NumericClasses.IsDash(At(tokens, index - 1)) && !tokens[index].SpaceBefore && At(tokens, index - 2) is { Kind: TokenKind.Number })
        {
            return 0;
        }
        var hasYear = TryReadYear(At(tokens, next), out var year);
        if (IsVerbLike(tokens[dayAt + 1]) && !hasYear)
        {
            return 0;
        }
        var article = At(tokens, index - 1) is { Kind: TokenKind.Word } before
            && before.Text.Equals("the", StringComparison.OrdinalIgnoreCase) ? "" : "the ";
        words = $"{article}{first}{numbers.Ordinal(day)} of {month}";
        if (hasYear)
        {
            words = $"{words} {numbers.Year(year)}";
            return next + 1 - index;
        }
        return next - index;
    }

    /// <summary>A weekday, abbreviated ("Sat", "Sat.") or whole ("Saturday"), at <paramref name="index"/>, and how many tokens it took.</summary>
    private static (string? Day, int Count) LaterWeekday(IReadOnlyList<Token> tokens, int index)
    {
        if (At(tokens, index) is not { Kind: TokenKind.Word } word)
        {
            return (null, 0);
        }
        if (Abbreviations.Weekdays.TryGetValue(word.Text, out var day))
        {
            return (day, At(tokens, index + 1) is { Text: ".", SpaceBefore: false } ? 2 : 1);
        }
        return Abbreviations.IsFullWeekday(word.Text) ? (word.Text, 1) : (null, 0);
    }

    /// <summary>"Nov.-April", "Oct. - Mar.": two capitalised months joined by a dash, and how many tokens they take.</summary>
    private static (string? Words, int Count) MonthSpan(IReadOnlyList<Token> tokens, int index)
    {
        if (!TryReadMonth(tokens, index, out var first, out var next) || !char.IsUpper(tokens[index].Text[0]) || !NumericClasses.IsDash(At(tokens, next))
            || !TryReadMonth(tokens, next + 1, out var last, out var after) || !char.IsUpper(tokens[next + 1].Text[0]) || first == last
            || At(tokens, after) is { Kind: TokenKind.Number })
        {
            return (null, 0);
        }
        return ($"{first} to {last}", after - index);
    }

    /// <summary>"Jan-15" and "Jan-15-2020": the tokenizer keeps these as one hyphenated word.</summary>
    private int MatchHyphenated(Token token, out string words)
    {
        words = "";
        if (token.Kind != TokenKind.Word || !char.IsUpper(token.Text[0]))
        {
            return 0;
        }
        var parts = token.Text.Split('-');
        if (parts is [var from, var to] && from.Length >= 3 && to.Length >= 3 && char.IsUpper(to[0])
            && Abbreviations.Months.TryGetValue(from, out var firstMonth) && Abbreviations.Months.TryGetValue(to, out var lastMonth) && firstMonth != lastMonth)
        {
            // "the July-September quarter": a span of months.
            words = $"{firstMonth} to {lastMonth}";
            return 1;
        }
        if (parts.Length is not (2 or 3) || !Abbreviations.Months.TryGetValue(parts[0], out var month)
            || !TryReadDayDigits(parts[1], out var day))
        {
            return 0;
        }
        words = $"{month} {numbers.Ordinal(day)}";
        if (parts.Length == 3)
        {
            if (!TryReadYearDigits(parts[2], out var year))
            {
                return 0;
            }
            words = $"{words} {numbers.Year(year)}";
        }
        return 1;
    }

    /// <summary>A month name or abbreviation at <paramref name="index"/>, with its optional period.</summary>
    private static bool TryReadMonth(IReadOnlyList<Token> tokens, int index, out string month, out int next)
    {
        month = "";
        next = index + 1;
        if (At(tokens, index) is not { Kind: TokenKind.Word } token || !Abbreviations.Months.TryGetValue(token.Text, out month!))
        {
            return false;
        }
        // A lower-case month is kept lower case, as written ("july" -> "july").
        if (!char.IsUpper(token.Text[0]))
        {
            month = month.ToLowerInvariant();
        }
        var abbreviated = !string.Equals(month, token.Text, StringComparison.OrdinalIgnoreCase);
        // The period may stand apart in spaced-out text ("Mar . 1973") when a number follows it.
        if (abbreviated && At(tokens, next) is { } dot && dot.IsPunctuation(".")
            && (!dot.SpaceBefore || At(tokens, next + 1) is { Kind: TokenKind.Number }))
        {
            next++;
        }
        return true;
    }

    private static bool IsVerbLike(Token month) => month.Text is "may" or "march" or "mar";

    private static bool TryReadDay(Token? token, out long day)
    {
        day = 0;
        if (token is not { Kind: TokenKind.Number })
        {
            return false;
        }
        var (digits, suffix) = NumberText.Split(token.Text);
        return (suffix.Length == 0 || OrdinalPass.IsOrdinalSuffix(suffix)) && TryReadDayDigits(digits, out day);
    }

    private static bool TryReadDayDigits(string digits, out long day)
    {
        day = 0;
        return NumberText.IsPlain(digits) && digits.Length <= 2
            && NumberText.TryParseInteger(digits, out day) && day is >= 1 and <= 31;
    }

    private static bool TryReadYear(Token? token, out int year)
    {
        year = 0;
        return token is { Kind: TokenKind.Number } && TryReadYearDigits(token.Text, out year);
    }

    private static bool TryReadYearDigits(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && NumberText.IsPlain(text) && int.TryParse(text, out year) && year is >= 1000 and <= 2999;
    }
}
