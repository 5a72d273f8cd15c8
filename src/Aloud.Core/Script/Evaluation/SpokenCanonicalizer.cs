using System.Text;

namespace Aloud.Script.Evaluation;

/// <summary>
/// Puts a spoken string in the canonical form the scoring compares (corpus SCORING.md, section 2): what a
/// listener hears, not spelling, casing or punctuation. <see cref="Strict"/> stops after the character
/// rules; <see cref="Lenient"/> also applies the letter-joining and number-word equivalences.
/// </summary>
public static class SpokenCanonicalizer
{
    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "a",
    };

    private static readonly HashSet<string> ScaleWords = new(StringComparer.Ordinal) { "hundred", "thousand", "million", "half", "quarter", "third" };

    /// <summary>Steps 2.1 to 2.5: characters only.</summary>
    public static string Strict(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
            .Replace('\u2013', '-').Replace('\u2014', '-')
            .ToLowerInvariant();
        var sb = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (c is '-' or '/' or '_' or ':' || char.IsWhiteSpace(c))
            {
                sb.Append(' ');
            }
            else if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Steps 2.1 to 2.7: the lenient form that rows pass on.</summary>
    public static string Lenient(string text)
    {
        var tokens = JoinSingleLetters(Strict(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var result = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = Synonym(tokens[i]);
            var previous = result.Count > 0 ? result[^1] : null;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (token == "and" && previous is not null && next is not null && IsAndBetweenNumbers(previous, next, tokens, i))
            {
                continue;
            }
            if (token is "oh" or "o" && (previous is "point" || (previous is not null && IsDigitWord(previous)) || (next is not null && IsDigitWord(next))))
            {
                token = "zero";
            }
            if (token == "a" && next is not null && ScaleWords.Contains(next))
            {
                token = "one";
            }
            if (token == "per" && next == "cent")
            {
                result.Add("percent");
                i++;
                continue;
            }
            result.Add(token);
        }
        return string.Join(' ', result);
    }

    private static string Synonym(string token) => token switch
    {
        "negative" => "minus",
        "mrs" or "misses" => "missus",
        _ => token,
    };

    private static bool IsAndBetweenNumbers(string previous, string next, List<string> tokens, int index) =>
        (NumberWords.Contains(previous) && NumberWords.Contains(next))
        || (previous is "dollars" or "pounds" or "euros" or "dollar" or "pound" or "euro" && IsSubunitAmount(tokens, index + 1))
        || (next == "a" && index + 2 < tokens.Count && tokens[index + 2] == "half");

    /// <summary>"dollars and N cents": N is one or more number words ("twenty one"), then the subunit.</summary>
    private static bool IsSubunitAmount(List<string> tokens, int start)
    {
        var i = start;
        while (i < tokens.Count && i - start < 4 && NumberWords.Contains(tokens[i]))
        {
            i++;
        }
        return i > start && i < tokens.Count && tokens[i] is "cents" or "pence" or "cent" or "penny";
    }

    private static bool IsDigitWord(string token) => token is "zero" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine";

    /// <summary>"u s a" and "usa" read the same: runs of single letters become one token.</summary>
    private static IEnumerable<string> JoinSingleLetters(IEnumerable<string> tokens)
    {
        var run = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Length == 1 && char.IsLetter(token[0]))
            {
                run.Append(token);
                continue;
            }
            if (run.Length > 0)
            {
                yield return run.ToString();
                run.Clear();
            }
            yield return token;
        }
        if (run.Length > 0)
        {
            yield return run.ToString();
        }
    }
}
