using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// All-capital abbreviations that are spelled, not said: "FBI" -> "F B I", "NYPD" -> "N Y P D". Two or three
/// capitals are spelled unless listed as said words ("ICE"); four or five only when they have no vowel or are
/// listed as spelled ("ACLU"), since "NATO" and "NASA" are words. Emitting the letters apart tells the voice to
/// spell them. Text in all capitals (a shouted headline) is left alone: there every word is capitals.
/// </summary>
internal sealed class AcronymPass : TokenPass
{
    /// <summary>Short all-capital words read as words.</summary>
    private static readonly HashSet<string> SaidWords = new(StringComparer.Ordinal)
    {
        "THE", "AND", "FOR", "ARE", "WAS", "HAS", "NOT", "BUT", "YOU", "HIS", "HER", "OUR", "NOW", "ALL", "NEW", "OF",
        "TO", "IN", "ON", "IS", "AT", "BY", "BE", "WE", "NO", "SO", "DO", "GO", "MY", "HE", "OR", "AN", "AS", "IF",
        "OK", "ICE", "GIF", "RAM", "SIM", "PIN", "MIX", "MAX", "POW", "LOL", "ZIP", "SAT", "GOP", "TED", "ROM",
        "NATO", "NASA", "AIDS", "OPEC", "FIFA", "UEFA", "COVID", "SARS", "MERS", "OSHA", "FEMA", "NOAA", "SWAT",
        "POTUS", "FLOTUS", "SCOTUS", "NAFTA", "ASEAN", "JPEG", "LASIK", "NIMBY", "CERN", "DARPA", "UNICEF", "UNESCO",
    };

    /// <summary>
    /// Abbreviations of reporting periods and verbs made from "OK", said in full as a newsreader says them ("up 14%
    /// YTD" is "year to date"; "Council OKs plan" is "okays").
    /// </summary>
    private static readonly Dictionary<string, string> SaidInFull = new(StringComparer.Ordinal)
    {
        ["YTD"] = "year to date",
        ["YoY"] = "year over year",
        ["QoQ"] = "quarter over quarter",
        ["MoM"] = "month over month",
        ["OKs"] = "okays",
        ["OK's"] = "okays",
        ["OK\u2019s"] = "okays",
        ["OKd"] = "okayed",
        ["OK'd"] = "okayed",
        ["OK\u2019d"] = "okayed",
        ["OKed"] = "okayed",
        ["OK'ed"] = "okayed",
    };

    /// <summary>Abbreviations spelled with a doubled letter said as "double" or "triple", as everyone says them.</summary>
    private static readonly Dictionary<string, string> SpecialSpellings = new(StringComparer.Ordinal)
    {
        ["NCAA"] = "N C double A",
        ["NAACP"] = "N double A C P",
        ["AAA"] = "triple A",
        ["AARP"] = "A A R P",
        ["IEEE"] = "I triple E",
    };

    /// <summary>Four- and five-letter abbreviations with a vowel that are nevertheless spelled.</summary>
    private static readonly HashSet<string> SpelledLonger = new(StringComparer.Ordinal)
    {
        "ACLU", "USDA", "USPS", "NCAA", "NAACP", "NIAID", "AARP", "AFL", "UCLA", "USAID", "HBCU", "EPA", "IOU", "IAEA", "OSCE", "IEEE",
    };

    public override string Name => "acronym-spelled";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return 0;
        }
        if (SaidInFull.TryGetValue(token.Text, out var full) && !IsShouting(tokens, index))
        {
            replacement = Spoken(tokens, index, 1, full);
            return 1;
        }
        if (token.Text.IndexOf('-', StringComparison.Ordinal) is > 1 and var hyphen && IsCapitals(token.Text[..hyphen]) && IsSpelled(token.Text[..hyphen])
            && !IsShouting(tokens, index) && token.Text[(hyphen + 1)..] is { Length: > 0 } rest && rest.All(c => char.IsLetter(c) || c == '-'))
        {
            // "USB-C", "HIV-positive": the abbreviation before the hyphen is spelled, the rest read as written.
            replacement = Spoken(tokens, index, 1, $"{string.Join(' ', token.Text[..hyphen].Select(c => c.ToString()))} {rest.Replace('-', ' ')}");
            return 1;
        }
        if (IsMixedCaseInitialism(token.Text))
        {
            // "CrPC", "CoE", "IoT": an initialism with one small connecting letter inside is spelled whole.
            replacement = Spoken(tokens, index, 1, string.Join(' ', token.Text.Select(c => char.ToUpperInvariant(c).ToString())));
            return 1;
        }
        if (IsListingHeading(tokens, index))
        {
            return 0;
        }
        var (letters, ending) = SplitEnding(token.Text);
        if (!IsCapitals(letters) || !(IsSpelled(letters) || CourtInCitation(tokens, index)) || IsShouting(tokens, index))
        {
            return 0;
        }
        // The plural or possessive stays on the last letter ("C E O's"): glued to the capitals, engines read
        // "CEOs" as one word ("sows").
        var spelled = SpecialSpellings.TryGetValue(letters, out var special) ? special : string.Join(' ', letters.Select(c => c.ToString()));
        replacement = Spoken(tokens, index, 1, spelled + ending);
        return 1;
    }

    /// <summary>
    /// "[2025] EWCA Crim 412", "[2024] UKSC 12": a neutral citation names its court by initials after the bracketed year;
    /// no court's initials are said as a word.
    /// </summary>
    private static bool CourtInCitation(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index - 1) is { Text: "]" } && At(tokens, index - 2) is { Kind: TokenKind.Number or TokenKind.Spoken, Length: 4 } && At(tokens, index - 3) is { Text: "[" };

    /// <summary>"CEOs" -> ("CEO", "'s"), "FBI's" -> ("FBI", "'s"), "IDs'" -> ("ID", "s'"); other words unchanged.</summary>
    private static (string Letters, string Ending) SplitEnding(string text)
    {
        foreach (var (written, spoken) in Endings)
        {
            if (text.Length > written.Length + 1 && text.EndsWith(written, StringComparison.Ordinal))
            {
                return (text[..^written.Length], spoken);
            }
        }
        return (text, "");
    }

    private static readonly (string Written, string Spoken)[] Endings =
        [("'s", "'s"), ("\u2019s", "'s"), ("s'", "s'"), ("s\u2019", "s'"), ("s", "'s")];

    /// <summary>
    /// Capitals with one lowercase letter inside, never first or last ("CrPC", "IoT"), that no engine says as a word: the
    /// lowercase letter sits between capitals or starts the last pair, so "McDonald" or "DeSantis" (lowercase runs) are names.
    /// </summary>
    private static bool IsMixedCaseInitialism(string text) =>
        text.Length is >= 3 and <= 6 && text.All(char.IsAsciiLetter) && text.Count(char.IsAsciiLetterLower) == 1
        && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[^1]) && text.Count(char.IsAsciiLetterUpper) >= 2;

    private static bool IsCapitals(string text) => text.Length is >= 2 and <= 5 && text.All(char.IsAsciiLetterUpper);

    /// <summary>Whether capitals are an initialism a reader spells ("HS", "PSLV", "QX"), not a word said whole ("NASA").</summary>
    internal static bool SpellsCapitals(string text) => IsCapitals(text) && IsSpelled(text);

    private static bool IsSpelled(string text) =>
        !SaidWords.Contains(text)
        && (text.Length <= 3 || SpelledLonger.Contains(text) || !text.Any(IsVowel) || HasUnsayableStart(text) || HasUnsayableEnd(text));

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';

    /// <summary>Two consonants that can open an English word ("BR", "ST", "TH"...).</summary>
    private static readonly HashSet<string> Onsets = new(StringComparer.Ordinal)
    {
        "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "GN", "KL", "KN", "KR", "PH", "PL", "PR", "PS",
        "SC", "SH", "SK", "SL", "SM", "SN", "SP", "SQ", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "SCH", "SCR", "SHR",
        "SPL", "SPR", "STR", "THR", "CHR", "PHR", "SQU",
    };

    /// <summary>
    /// A word that cannot be said because of how it begins ("WFTU", "NCAA", "NHTSA"): its opening consonants are
    /// not an English onset, so it is spelled out.
    /// </summary>
    private static bool HasUnsayableStart(string text)
    {
        var consonants = 0;
        while (consonants < text.Length && !IsVowel(text[consonants]))
        {
            consonants++;
        }
        return consonants >= 2 && !Onsets.Contains(text[..consonants]);
    }

    /// <summary>Two or three consonants that can close an English word ("ST", "NK", "RTH"...).</summary>
    private static readonly HashSet<string> Codas = new(StringComparer.Ordinal)
    {
        "CH", "CK", "CS", "CT", "DS", "GS", "KS", "LS", "FF", "FT", "LD", "LF", "LK", "LL", "LM", "LP", "LT", "MB", "MP", "MS", "ND", "NG", "NK", "NS", "NT",
        "PH", "PS", "PT", "RB", "RD", "RF", "RG", "RK", "RL", "RM", "RN", "RP", "RR", "RS", "RT", "SH", "SK", "SM", "SP", "SS", "ST",
        "TH", "TS", "TZ", "WN", "XT", "ZZ", "NCH", "RCH", "RTH", "NTH", "NGS", "NKS", "RST", "TCH", "NDS", "RLD", "MPS",
    };

    /// <summary>
    /// A word that cannot be said because of how it ends ("ICBM", "IAEA" is caught by its start): closing
    /// consonants that no English word ends with, so it is spelled out.
    /// </summary>
    private static bool HasUnsayableEnd(string text)
    {
        var start = text.Length;
        while (start > 0 && !IsVowel(text[start - 1]) && text[start - 1] != 'Y')
        {
            start--;
        }
        var coda = text[start..];
        return coda.Length >= 2 && start > 0 && !Codas.Contains(coda);
    }

    /// <summary>
    /// "PETS: Ragdoll kittens", "JOBS: Farmhand wanted": a classified column's heading opens the sentence in capitals before
    /// a colon, a plural of a short word said as written ("JOB", "PET": consonant, vowel, consonant) or of a longer
    /// sayable one; an initialism's plural ("CEOS", "MPS") has no such stem.
    /// </summary>
    private static bool IsListingHeading(IReadOnlyList<Token> tokens, int index)
    {
        if (index != 0 || At(tokens, 1) is not { Text: ":", SpaceBefore: false } || tokens[0].Text is not { Length: >= 4 } heading
            || !heading.EndsWith('S') || !heading.All(char.IsAsciiLetterUpper))
        {
            return false;
        }
        var stem = heading[..^1];
        return stem.Length == 3 ? !IsVowel(stem[0]) && IsVowel(stem[1]) && !IsVowel(stem[2]) && stem[2] != 'Y' : !IsSpelled(stem);
    }

    /// <summary>Whether a neighbouring word is also in capitals and longer than an abbreviation usually is.</summary>
    private static bool IsShouting(IReadOnlyList<Token> tokens, int index) =>
        IsShoutedWord(At(tokens, index - 1)) || IsShoutedWord(At(tokens, index + 1));

    private static bool IsShoutedWord(Token? token) =>
        token is { Kind: TokenKind.Word } word && word.Text.Length >= 2 && word.Text.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && word.Text.Any(char.IsLetter) && (SaidWords.Contains(word.Text) || (word.Text.Length > 3 && !IsSpelled(word.Text)));
}
