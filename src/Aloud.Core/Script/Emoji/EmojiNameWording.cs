using System.Text;

namespace Aloud.Script.Emoji;

/// <summary>
/// Turns a CLDR short name into words a newsreader would say: "flag: Canada" is "flag of Canada", "keycap: 7"
/// is "seven", "family: man, woman, boy" is "family, man, woman, boy" with short breaks; quotes, bracketed
/// asides and marks are left out, "&amp;" is "and", figures are words.
/// </summary>
internal static class EmojiNameWording
{
    private static readonly Dictionary<string, string[]> Respellings = new(StringComparer.Ordinal)
    {
        ["&"] = ["and"],
        ["St."] = ["Saint"],
        ["Mrs."] = ["missus"],
        ["U.S."] = ["U", "S"],
        ["#"] = ["hash"],
        ["*"] = ["star"],
        // "Congo - Kinshasa": the dash separates, as a short break.
        ["-"] = [","],
    };

    /// <summary>Last words of places said with "the": "the United States", "the Cayman Islands", "the Netherlands".</summary>
    private static readonly HashSet<string> TheEndings = new(StringComparer.Ordinal)
    {
        "Islands", "Republic", "Territories", "Territory", "Kingdom", "States", "Emirates", "Union", "Nations",
        "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles",
    };

    /// <summary>The spoken words; "," stands for a short break between the parts of the name.</summary>
    public static IReadOnlyList<string> Words(string name, INumberWords numbers)
    {
        var colon = name.IndexOf(": ", StringComparison.Ordinal);
        var head = colon < 0 ? name : name[..colon];
        var details = colon < 0 ? [] : name[(colon + 2)..].Split(", ", StringSplitOptions.RemoveEmptyEntries);
        var words = new List<string>();
        switch (head)
        {
            case "flag" when details.Length == 1:
                words.AddRange(TakesThe(details[0]) ? ["flag", "of", "the"] : ["flag", "of"]);
                words.AddRange(PhraseWords(details[0], numbers));
                break;
            case "keycap" when details.Length == 1:
                words.AddRange(PhraseWords(details[0], numbers));
                break;
            default:
                words.AddRange(PhraseWords(head, numbers));
                foreach (var detail in details)
                {
                    words.Add(",");
                    words.AddRange(PhraseWords(detail, numbers));
                }
                break;
        }
        return words;
    }

    private static bool TakesThe(string place)
    {
        var words = WithoutAsides(place).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words[0] != "St." && (words[0] == "Isle" || TheEndings.Contains(words[^1]));
    }

    private static IEnumerable<string> PhraseWords(string phrase, INumberWords numbers)
    {
        foreach (var word in WithoutAsides(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Respellings.TryGetValue(word, out var respelled))
            {
                foreach (var spoken in respelled)
                {
                    yield return spoken;
                }
                continue;
            }
            var clean = word.Trim('\u201C', '\u201D', '"', '!', ',').Replace('\u2019', '\'');
            if (clean.Length > 0)
            {
                foreach (var spoken in Figures(clean, numbers))
                {
                    yield return spoken;
                }
            }
            if (word.EndsWith(','))
            {
                yield return ",";
            }
        }
    }

    /// <summary>"10" as "ten", "1st" as "first"; any other word as written.</summary>
    private static IEnumerable<string> Figures(string word, INumberWords numbers)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }
        if (digits == 0 || digits > 9)
        {
            return [word];
        }
        var value = long.Parse(word.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        var suffix = word[digits..];
        var spoken = suffix is "st" or "nd" or "rd" or "th" ? numbers.Ordinal(value) : suffix.Length == 0 ? numbers.Cardinal(value) : null;
        return spoken is null ? [word] : spoken.Split(' ');
    }

    /// <summary>Without bracketed asides: "A button (blood type)" is "A button", "Myanmar (Burma)" is "Myanmar".</summary>
    private static string WithoutAsides(string phrase)
    {
        if (!phrase.Contains('('))
        {
            return phrase;
        }
        var kept = new StringBuilder(phrase.Length);
        var depth = 0;
        foreach (var c in phrase)
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
            {
                kept.Append(c);
            }
            depth -= c == ')' && depth > 0 ? 1 : 0;
        }
        return kept.ToString();
    }
}
