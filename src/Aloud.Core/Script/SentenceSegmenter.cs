using System.Globalization;

namespace Aloud.Script;

/// <summary>
/// Splits a block of text into sentences. A period ends a sentence only when whitespace and a likely
/// sentence start follow and the word before it is not an abbreviation or an initial; closing quotes and
/// brackets after the mark stay with the sentence they close.
/// </summary>
public static class SentenceSegmenter
{
    private static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
        "There", "His", "Her", "Their", "Its", "Our", "As", "After", "Before", "When", "While", "If", "So", "Yet",
    };

    /// <summary>The sentences of <paramref name="text"/> as spans (trimmed, never empty).</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '\u2026' || IsCloser(text[end])))
            {
                end++;
            }
            if (IsBoundary(text, i, end))
            {
                AddTrimmed(text, start, end, spans);
                start = end;
            }
            i = end - 1;
        }
        AddTrimmed(text, start, text.Length, spans);
        return spans;
    }

    private static bool IsBoundary(string text, int mark, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[end]))
        {
            return false;
        }
        var next = end;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        if (next >= text.Length)
        {
            return true;
        }
        var nextChar = text[next];
        var startsSentence = char.IsUpper(nextChar) || char.IsDigit(nextChar) || IsOpener(nextChar)
            // "numbers 4, 12, 19, 27. €50 each": an amount opens the next sentence after a number's full stop (after a
            // word's stop, "approx. $50", the word may be an abbreviation and is left to the checks below).
            || CharUnicodeInfo.GetUnicodeCategory(nextChar) == UnicodeCategory.CurrencySymbol && text[mark] == '.' && mark > 0 && char.IsDigit(text[mark - 1]);
        if (!startsSentence)
        {
            return false;
        }
        if (text[mark] != '.' || end - mark > 1 && text[mark + 1] == '.')
        {
            return true;
        }
        var word = WordBefore(text, mark);
        // "20 degrees C. Then", "high 24°C. Tue:": the scale letter after "degrees" or a degree sign is not an initial.
        if (word is "C" or "F" && (AfterDegrees(text, mark - 1) || mark >= 2 && text[mark - 2] is '\u00B0' or '\u00BA'))
        {
            return true;
        }
        // "1. Silver Quill (9/2), 2. Harbour Mist (7/1)": a runner's place after a comma is a list's label, not a sentence's
        // end, so the line stays one sentence and its racing words reach every runner's odds.
        if (ListPlaceAfterComma(text, mark) && char.IsUpper(nextChar))
        {
            return false;
        }
        // "delivers 65W. Then": a letter glued to a number is a unit, not an initial.
        if (word.Length == 1 && mark >= 2 && char.IsDigit(text[mark - 2]))
        {
            return true;
        }
        // "Fed. R. Evid. 403", "Fed. R. Civ. P. 12": a federal rules citation is one sentence.
        if (word == "Fed" && string.CompareOrdinal(text, next, "R. ", 0, 3) == 0
            || word is "Evid" or "Civ" or "Crim" or "App" or "Bankr" && mark - word.Length >= 3 && string.CompareOrdinal(text, mark - word.Length - 3, "R. ", 0, 3) == 0)
        {
            return false;
        }
        // "Serial no. SN-4471-B", "Appeal ref. APP/K1128": after the thing it numbers, "no." or "ref." goes on to its code.
        if (word is "no" or "ref" && mark - word.Length >= 2 && Abbreviations.IsNumberedThing(WordBefore(text, mark - word.Length - 1)))
        {
            return false;
        }
        // "Gen. (ret.) Haskell": "ret." inside brackets after a title.
        if (word is "ret" or "Ret" && next > mark + 1 && text[mark + 1] == ')')
        {
            return false;
        }
        if (Abbreviations.NeverEndsSentence(word))
        {
            return false;
        }
        var nextWord = NextWord(text, next);
        // "Vasquez def. Holm", "Pub. L. 118-42", "Cal. Penal Code", "Vol. II": abbreviations whose next word is
        // capitalised by nature (a name, a law's letter, a code's name, a Roman numeral).
        if (word == "def" || word == "d" && PrecededByPlayer(text, mark - 1) || word == "Pub" && nextWord == "L" || Passes.StatePass.IsCodeCitation(word, nextWord)
            || word is "Vol" or "vol" or "Ch" or "ch" or "Pt" or "Art" or "Div" && nextWord.Length is >= 2 and <= 6 && nextWord.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C')
            // "the Smithfield Vol. Fire Dept.": a volunteer company's name goes on.
            || word == "Vol" && nextWord is "Fire" or "Rescue" or "Ambulance" or "Firefighters"
            // "Sault Ste. Marie": the French "Sainte" before the saint's name.
            || word == "Ste" && nextWord.Length > 1 && char.IsUpper(nextWord[0]) && nextWord.Skip(1).All(char.IsLower))
        {
            return false;
        }
        // "3 mi. N of Elkhorn": a distance's unit before a compass point and "of" goes on to the place it is measured from.
        if (word is "mi" or "km" or "yds" or "yd" or "ft" && nextWord is "N" or "S" or "E" or "W" or "NE" or "NW" or "SE" or "SW"
            && string.CompareOrdinal(text, next + nextWord.Length, " of ", 0, 4) == 0)
        {
            return false;
        }
        // A period set apart in spaced-out text ("Oct . 2010") belongs to the word before the space.
        var spacedWord = word.Length == 0 && mark > 1 && text[mark - 1] == ' ' ? WordBefore(text, mark - 1) : word;
        // "1 Cor. 13", "Isa. 40:31": a book of the Bible's abbreviation goes on to its chapter; "adj. 14 Church Rd",
        // "min. 2 nights": a notice's "adjacent to" and "minimum" go on to their number.
        if (char.IsDigit(nextChar) && (Abbreviations.BeforeNumber(spacedWord) || Passes.BibleBookPass.IsAbbreviation(word)
            || word is "adj" or "min" or "Min" && !AfterNumber(text, mark - word.Length)))
        {
            return false;
        }
        // "b. 4 Jan. 1938, d. 29 Oct. 2026": an obituary's born and died go on to their dates; "per Ord. No. 2019-14": an
        // ordinance to its number; "w/o late Sh. R.K. Sharma": the honorific to the name.
        if (word is "b" or "d" && char.IsDigit(nextChar) || word is "Ord" && (char.IsDigit(nextChar) || nextWord is "No" or "Nos")
            || word is "Sh" && nextChar is >= 'A' and <= 'Z' && WordBefore(text, mark - word.Length - 1) is "late" or "Late")
        {
            return false;
        }
        // "Case No. CR-2025-0419": a number may be a code of capitals and digits.
        if (word is "No" or "Nos" && IsCapitalsAndDigitsCode(text, next))
        {
            return false;
        }
        // "23 ft. 9 in.": a unit abbreviation after a number, before the next number of the same measure.
        if (char.IsDigit(nextChar) && UnitsWithPeriod.Contains(word) && AfterNumber(text, mark - word.Length))
        {
            return false;
        }
        // A weekday abbreviation before a date ("Sat. Feb. 2", "Tues. 9 a.m.").
        if (Abbreviations.IsWeekday(word) && (char.IsDigit(nextChar) || Abbreviations.Months.ContainsKey(NextWord(text, next))))
        {
            return false;
        }
        // "Sat. Vigil 6pm, Sun. Mass 8.30am": a weekday before an event's name and its time.
        var afterNextWord = next + NextWord(text, next).Length;
        if (Abbreviations.IsWeekday(word) && afterNextWord + 1 < text.Length && text[afterNextWord] == ' ' && char.IsDigit(text[afterNextWord + 1]))
        {
            return false;
        }
        // "U.S." or "Inc." before a capital: a boundary only when a typical sentence opener follows.
        // "reg. PLK482", "Lic. No. 0457", "$28/hr. DOE", "Mullin (Tipton) dec. Owen Pace": listings' and results' shorthand
        // before a code or a name likewise.
        if (word.Contains('.') || Abbreviations.Common.ContainsKey(word) || word is "Sr" or "Jr" or "St" || ListingShorthand.Contains(word))
        {
            return SentenceStarters.Contains(NextWord(text, next));
        }
        return true;
    }

    private static readonly HashSet<string> ListingShorthand = new(StringComparer.Ordinal)
    {
        "reg", "Reg", "Lic", "lic", "Cty", "incl", "inc", "avail", "att", "Att", "dec", "Conc", "conc", "neg", "hr", "hrs", "ref", "Ref", "avg", "Avg", "exp",
    };

    private static readonly HashSet<string> UnitsWithPeriod = new(StringComparer.Ordinal) { "ft", "in", "lb", "lbs", "oz", "yd", "mi", "hr", "hrs", "min", "sec" };

    /// <summary>
    /// Whether a list's place stands right before the mark: one or two digits after ", ", "; ", ": " or a closing bracket
    /// ("(9/2), 2.", "(9-2) 2."), the
    /// place before it written the same way a little earlier ("1. "), so "The score was 3, 2. Then" still ends there; or
    /// the first place right after a colon ("Chepstow: 1. Silver Harlow").
    /// </summary>
    private static bool ListPlaceAfterComma(string text, int mark)
    {
        var begin = mark;
        while (begin > 0 && char.IsAsciiDigit(text[begin - 1]) && mark - begin < 3)
        {
            begin--;
        }
        var digitsStart = begin;
        // "; T2. Liam Okafor -11": a leaderboard's shared place is a place in the list too.
        if (begin > 0 && text[begin - 1] == 'T')
        {
            begin--;
        }
        if (mark - digitsStart is not (1 or 2) || begin < 2 || text[begin - 1] != ' ' || text[begin - 2] is not (',' or ';' or ':' or ')'))
        {
            return false;
        }
        var place = int.Parse(text.AsSpan(digitsStart, mark - digitsStart), System.Globalization.CultureInfo.InvariantCulture);
        if (place == 1)
        {
            // "2.30 Chepstow: 1. Silver Harlow 5-2 fav": a list's first place after a colon opens the list.
            return text[begin - 2] == ':';
        }
        var from = Math.Max(0, begin - 200);
        var before = text.AsSpan(from, begin - from);
        // The place before it, or a shared place further up ("T2. ... T2. ...; 4."): places skip past a tie.
        for (var earlier = place - 1; earlier >= 1 && earlier >= place - 4; earlier--)
        {
            if (before.IndexOf($"{earlier}. ", StringComparison.Ordinal) >= 0 && (earlier == place - 1 || before.IndexOf($"T{earlier}. ", StringComparison.Ordinal) >= 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a number (and a space) comes right before position <paramref name="wordStart"/>.</summary>

    private static bool AfterNumber(string text, int wordStart)
    {
        var k = wordStart - 1;
        if (k >= 0 && text[k] == ' ')
        {
            k--;
        }
        return k >= 0 && char.IsDigit(text[k]);
    }

    private static bool AfterDegrees(string text, int letter)
    {
        var end = letter;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        return WordBefore(text, end) is "degrees" or "degree";
    }

    private static string WordBefore(string text, int mark)
    {
        var begin = mark;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.'))
        {
            begin--;
        }
        return text[begin..mark];
    }

    private static bool IsCapitalsAndDigitsCode(string text, int start)
    {
        var end = start;
        // "No. PWD/EE/14/2026-27": an office's code is joined by slashes as often as by hyphens.
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '-' or '/'))
        {
            end++;
        }
        var code = text.AsSpan(start, end - start);
        return code.ContainsAnyInRange('0', '9') && code.ContainsAnyInRange('A', 'Z') && !code.ContainsAnyInRange('a', 'z');
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private static void AddTrimmed(string text, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            spans.Add(new TextSpan(start, end - start));
        }
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';

    /// <summary>
    /// "Radley (GBR) d. Voss", "Radley d. Voss": the results line's "d." (defeated) after a player's name or country, not
    /// a sentence's end. <paramref name="letter"/> is the index of the "d".
    /// </summary>
    private static bool PrecededByPlayer(string text, int letter)
    {
        if (letter < 2 || text[letter - 1] != ' ')
        {
            return false;
        }
        if (text[letter - 2] == ')')
        {
            return true;
        }
        var before = WordBefore(text, letter - 1);
        return before.Length >= 2 && char.IsUpper(before[0]) && before.Skip(1).All(char.IsLower);
    }
}
