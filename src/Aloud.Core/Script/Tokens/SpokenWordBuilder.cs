using System.Text;
using Aloud.Script.Passes;
using Aloud.Speech;

namespace Aloud.Script.Tokens;

/// <summary>
/// The last step of normalisation: turns the tokens the passes left into spoken words. Words are read as
/// written; punctuation becomes breaks (never spoken names); a few symbols become words; quotes, stray
/// marks and emoji the emoji pass did not name are silent (but for a keycap's digit).
/// </summary>
internal sealed class SpokenWordBuilder(INumberWords numbers)
{
    private static readonly Dictionary<string, string> SymbolWords = new(StringComparer.Ordinal)
    {
        ["&"] = "and",
        ["\u00B1"] = "plus or minus",
        ["%"] = "percent",
        ["+"] = "plus",
        ["@"] = "at",
        ["="] = "equals",
        ["#"] = "number",
        ["\u00A7"] = "section",
        // A currency sign no amount took ("paid in $", "test$") is still said.
        ["$"] = "dollar",
        ["\u20AC"] = "euro",
        ["\u00A3"] = "pound",
        ["\u00A5"] = "yen",
        ["\u20A9"] = "won",
    };

    /// <summary>Longer than any dictionary word (the longest English ones have about 45 letters).</summary>
    public const int MaxWordLength = 64;

    public (List<ScriptWord> Words, char Terminator) Build(IReadOnlyList<Token> tokens)
    {
        var words = new List<ScriptWord>();
        foreach (var token in tokens)
        {
            switch (token.Kind)
            {
                case TokenKind.Spoken:
                    foreach (var w in token.Words)
                    {
                        // A pass may ask for a breath inside its reading ("five five five , one two three").
                        if (w == ",")
                        {
                            AddBreak(words, WordBreak.Comma);
                        }
                        else
                        {
                            words.Add(new ScriptWord(w, token.Span, Class: token.Class ?? "word"));
                        }
                    }
                    AddBreak(words, token.BreakAfter);
                    break;
                case TokenKind.Word when IsPlainWord(token.Text):
                    words.Add(new ScriptWord(token.Text, token.Span));
                    break;
                case TokenKind.Word:
                    words.AddRange(ReadWord(token.Text).Select(w => new ScriptWord(w, token.Span)));
                    break;
                case TokenKind.Number or TokenKind.Masked:
                    // The passes read every number and mask; a leftover is read digit by digit, never dropped.
                    words.AddRange(NumberText.DigitByDigit(numbers, token.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new ScriptWord(w, token.Span, Class: "digits")));
                    break;
                case TokenKind.Emoji when char.IsAsciiDigit(token.Text[0]):
                    // A keycap digit ("1️⃣ Preheat the oven") numbers a step: its figure is content, not decoration.
                    words.Add(new ScriptWord(numbers.Cardinal(token.Text[0] - '0'), token.Span, Class: "digits"));
                    break;
                case TokenKind.Symbol or TokenKind.Punctuation when SymbolWords.TryGetValue(token.Text, out var spoken):
                    words.Add(new ScriptWord(spoken, token.Span, Class: "symbol"));
                    break;
                case TokenKind.Punctuation:
                    AddBreak(words, BreakFor(token.Text));
                    break;
            }
        }
        if (words.Count > 0 && words[^1].BreakAfter != WordBreak.Masked)
        {
            // The sentence's end is its own pause. A censored last word keeps its mark, so the script can still put a
            // bleep there (ScriptWriter takes the mark off before any engine sees it).
            words[^1] = words[^1] with { BreakAfter = WordBreak.None };
        }
        return (words, Terminator(tokens));
    }

    private static WordBreak BreakFor(string mark) => mark switch
    {
        "," => WordBreak.Comma,
        ";" or ":" or "(" or ")" or "[" or "]" or "{" or "}" or "\u2026" => WordBreak.Clause,
        // A question or exclamation inside a sentence ("\"We're No. 1!\" fans chanted") still ends a phrase.
        _ when mark.Length > 0 && mark.All(c => c is '!' or '?') => WordBreak.Clause,
        _ when mark.Length > 1 && mark[0] is '-' or '.' => WordBreak.Clause,
        _ when mark.Length == 1 && mark[0] is '-' or '\u2013' or '\u2014' or '\u2012' or '\u2015' => WordBreak.Clause,
        _ => WordBreak.None,
    };

    private static void AddBreak(List<ScriptWord> words, WordBreak wordBreak)
    {
        if (words.Count > 0 && wordBreak > words[^1].BreakAfter)
        {
            words[^1] = words[^1] with { BreakAfter = wordBreak };
        }
    }

    /// <summary>A word <see cref="ReadWord"/> would give back as it is: most words, read without its allocations.</summary>
    private static bool IsPlainWord(string text)
    {
        if (text.Length > MaxWordLength)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '.' or '&' or '\u2019' or '\u2011' or '\u2010')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A written word as one or more spoken words: letters as is, digit runs inside ("COVID-19") as numbers; a possessive
    /// ending stays on the word before it ("HS2's": "H S two's").
    /// </summary>
    private IEnumerable<string> ReadWord(string text)
    {
        if (!text.Any(char.IsDigit))
        {
            // Most words have no digit, so no part to merge: no list is built for them.
            return ReadParts(text);
        }
        var words = new List<string>();
        foreach (var word in ReadParts(text))
        {
            if (word is "'s" or "'" && words.Count > 0)
            {
                words[^1] += word;
                continue;
            }
            words.Add(word);
        }
        return words;
    }

    private IEnumerable<string> ReadParts(string text)
    {
        if (text.Length > MaxWordLength)
        {
            // Not a word anyone can say (a hash, a pasted blob): reading it letter by letter helps no listener.
            yield break;
        }
        var clean = text.Replace('\u2019', '\'').Replace('\u2011', '-').Replace('\u2010', '-');
        if (!clean.Any(c => char.IsDigit(c) || c is '.' or '&'))
        {
            yield return clean;
            yield break;
        }
        if (PluralAgeGroup(clean) is { } group)
        {
            foreach (var word in group)
            {
                yield return word;
            }
            yield break;
        }
        var part = new StringBuilder();
        var digits = false;
        var afterPoint = false;
        var afterHyphen = false;
        var lettersBefore = "";
        for (var i = 0; i < clean.Length; i++)
        {
            var c = clean[i];
            var isDigit = char.IsAsciiDigit(c);
            if (digits && !afterPoint && part.Length is > 0 and <= 3 && char.IsLetter(c) && OrdinalEnding(clean, i) is { } ending
                && int.Parse(part.ToString(), System.Globalization.CultureInfo.InvariantCulture) is var ordinalValue
                && Passes.OrdinalPass.AgreesWith(ordinalValue, ending))
            {
                // "D-3rd District", "the 2nd-placed team": an ordinal inside a word.
                part.Clear();
                foreach (var ordinalWord in numbers.Ordinal(ordinalValue).Split(' '))
                {
                    yield return ordinalWord;
                }
                i += ending.Length - 1;
                digits = false;
                continue;
            }
            if (c is '.' or '&' or '-' || (part.Length > 0 && isDigit != digits))
            {
                if (digits && !afterPoint && YearAfterCapitals(lettersBefore, part.ToString(), clean, i) is { } year)
                {
                    // "GE2020": an election or event's initials and its year.
                    part.Clear();
                    foreach (var yearWord in year.Split(' '))
                    {
                        yield return yearWord;
                    }
                }
                lettersBefore = digits ? "" : part.ToString();
                foreach (var word in Flush(part, digits, afterPoint, afterHyphen))
                {
                    yield return word;
                }
                afterHyphen = c == '-';
                // A point between digits is a decimal ("magnitude-6.4"), not a dot in a name ("Node.js").
                var decimalPoint = c == '.' && digits && i + 1 < clean.Length && char.IsAsciiDigit(clean[i + 1]);
                afterPoint = decimalPoint;
                if (c is '.' or '&')
                {
                    yield return decimalPoint ? "point" : c == '.' ? "dot" : "and";
                }
                if (c is '.' or '&' or '-')
                {
                    continue;
                }
            }
            digits = isDigit;
            part.Append(c);
        }
        if (digits && !afterPoint && YearAfterCapitals(lettersBefore, part.ToString(), clean, clean.Length) is { } lastYear)
        {
            part.Clear();
            foreach (var yearWord in lastYear.Split(' '))
            {
                yield return yearWord;
            }
        }
        foreach (var word in Flush(part, digits, afterPoint, afterHyphen))
        {
            yield return word;
        }
    }

    /// <summary>The ordinal ending ("st", "nd", "rd", "th") starting at <paramref name="at"/> and closing its part of the word, or null.</summary>
    private static string? OrdinalEnding(string word, int at)
    {
        var end = at;
        while (end < word.Length && char.IsLetter(word[end]))
        {
            end++;
        }
        var ending = word[at..end];
        return ending is "st" or "nd" or "rd" or "th" && (end == word.Length || word[end] == '-') ? ending : null;
    }

    /// <summary>
    /// A year glued after two to four capitals ("GE2020", "COP2026"): the year's words; null for any other run ("XJ4521"
    /// is a code, read digit by digit).
    /// </summary>
    private string? YearAfterCapitals(string letters, string run, string word, int end) =>
        letters.Length is >= 2 and <= 4 && letters.All(char.IsAsciiLetterUpper) && run.Length == 4 && end == word.Length
        && int.Parse(run, System.Globalization.CultureInfo.InvariantCulture) is >= 1990 and <= 2039 and var year
            ? numbers.Year(year)
            : null;

    /// <summary>
    /// "under-18s", "over-60s", "U-21s": a group named by a number after a hyphen, with a plural "s" glued on, is said
    /// with the number word in the plural ("under eighteens", "over sixties"); null for any other word.
    /// </summary>
    private string[]? PluralAgeGroup(string text)
    {
        var hyphen = text.LastIndexOf('-');
        if (hyphen <= 0 || text.Length - hyphen < 3 || text[^1] != 's' || text.IndexOf('.', StringComparison.Ordinal) >= 0)
        {
            return null;
        }
        var digits = text[(hyphen + 1)..^1];
        if (digits.Length is 0 or > 2 || !digits.All(char.IsAsciiDigit) || digits[0] == '0' || !text[..hyphen].All(char.IsLetter) || (hyphen < 2 && text[0] != 'U'))
        {
            return null;
        }
        var number = numbers.Cardinal(long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)).Split(' ');
        var last = number[^1];
        number[^1] = last.EndsWith('y') ? last[..^1] + "ies" : last.EndsWith('x') ? last + "es" : last + "s";
        return [text[..hyphen], .. number];
    }

    private IEnumerable<string> Flush(StringBuilder part, bool digits, bool afterPoint, bool afterHyphen = false)
    {
        if (part.Length == 0)
        {
            return [];
        }
        var text = part.ToString();
        part.Clear();
        if (!digits)
        {
            // "HS2", "MH370", "PSLV-C63": capitals glued to a number are spelled as the initialism they are.
            return Passes.AcronymPass.SpellsCapitals(text) ? text.Select(c => c.ToString()).ToArray() : [text];
        }
        if (afterPoint)
        {
            // The decimals after a point are read digit by digit ("six point four five").
            return NumberText.DigitByDigit(numbers, text).Split(' ');
        }
        // Four or more digits glued to letters are a code ("ab9453", "XJ4521"), read digit by digit; round
        // figures ("A3000") and shorter runs ("F150", "COVID-19") keep their number reading.
        if (text.Length == 3 && text[0] != '0' && !text.EndsWith("00", StringComparison.Ordinal))
        {
            // Three digits in a model name are said in pairs: "F-150" -> "F one fifty", "I-405" -> "I four oh five".
            return NumberText.Pairs(numbers, text).Split(' ');
        }
        if (afterHyphen && text.Length == 4 && text[0] != '0' && text[1] != '0' && !text.EndsWith("00", StringComparison.Ordinal))
        {
            // A model number after a hyphen is said in pairs too: "mRNA-1273" -> "twelve seventy-three".
            return NumberText.Pairs(numbers, text).Split(' ');
        }
        if (text.Length == 4 && text[0] != '0' && text.EndsWith("00", StringComparison.Ordinal) && !text.EndsWith("000", StringComparison.Ordinal))
        {
            // A round hundreds model number is said in hundreds, as its makers say it: "HT-1500" -> "fifteen hundred".
            return NumberText.Pairs(numbers, text).Split(' ');
        }
        var code = text.Length >= 4 && !text.EndsWith("00", StringComparison.Ordinal);
        var spoken = !code && text.Length <= 15 && text[0] != '0' ? numbers.Cardinal(long.Parse(text, System.Globalization.CultureInfo.InvariantCulture)) : NumberText.DigitByDigit(numbers, text);
        return spoken.Split(' ');
    }

    private static char Terminator(IReadOnlyList<Token> tokens)
    {
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Emoji || token is { Kind: TokenKind.Spoken, Class: "emoji" })
            {
                // "Really? 🤔" is still a question: an emoji after the mark does not end the sentence.
                continue;
            }
            if (token.Kind != TokenKind.Punctuation)
            {
                return '.';
            }
            if (token.Text.Contains('?'))
            {
                return '?';
            }
            if (token.Text.Contains('!'))
            {
                return '!';
            }
            if (token.Text.Contains('.') || token.Text.Contains('\u2026'))
            {
                return '.';
            }
        }
        return '.';
    }
}
