using System.Text;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Web addresses, emails, handles and hashtags: "https://www.example.com/news" -> "example dot com slash news",
/// "jo.lee@example.org" -> "jo dot lee at example dot org", "#vote2024" -> "hashtag vote twenty twenty-four". The
/// tokenizer splits an address at its dots, slashes and at signs; this pass joins back the run of tokens
/// written without spaces and reads it character class by character class, so digits are said one by one and
/// every symbol is named.
/// </summary>
internal sealed class ElectronicPass(INumberWords numbers) : TokenPass
{
    /// <summary>Top-level domains that mark "word.tld" as an address even without "www" or a scheme.</summary>
    private static readonly HashSet<string> TopLevelDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "org", "net", "gov", "edu", "mil", "int", "io", "co", "uk", "us", "ca", "de", "fr", "au", "info",
        "biz", "tv", "ai", "app", "dev", "ly", "gl", "eu", "in", "jp", "cn", "ru", "nz", "ie", "es", "it", "nl",
    };

    private static readonly Dictionary<char, string> SymbolNames = new()
    {
        ['.'] = "dot",
        ['/'] = "slash",
        ['@'] = "at",
        ['-'] = "dash",
        ['_'] = "underscore",
        [':'] = "colon",
        ['&'] = "ampersand",
        ['~'] = "tilde",
        ['?'] = "question mark",
        ['='] = "equals",
        ['#'] = "hash",
        ['%'] = "percent",
        ['+'] = "plus",
    };

    /// <summary>An address longer than this is not read out (nobody can follow it).</summary>
    private const int MaxTokens = 120;

    public override string Name => "electronic";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var first = tokens[index];
        if (LabelAbbreviationPass.GluedCircaYear(first) is not null)
        {
            // "painted c.1890": circa glued to its year, no address; the label pass reads it.
            return 0;
        }
        if (first is { Kind: TokenKind.Symbol or TokenKind.Punctuation, Text: "#" } && first.SpaceBefore && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: false } code
            && At(tokens, index - 1) is { Kind: TokenKind.Word } noun && (noun.Text.All(char.IsAsciiLetterLower) || index == 1 && noun.Text.Skip(1).All(char.IsAsciiLetterLower))
            && IsCode(code.Text))
        {
            // "order #A-20741", "Ticket #KX4402 is valid": after a noun (lowercase, or the sentence's first word), "#"
            // before a code of capitals and digits is "number"; a hashtag is words, not a serial.
            replacement = Spoken(tokens, index, 2, $"number {ReadCode(code.Text)}");
            return 2;
        }
        if (first is { Kind: TokenKind.Symbol or TokenKind.Punctuation, Text: "#" } && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: false } tag
            && (index == 0 || first.SpaceBefore))
        {
            // "#MeToo": a hashtag, not "number" ("the hashtag #MeToo" says the word once).
            var said = At(tokens, index - 1) is { Kind: TokenKind.Word } named && named.Text.Equals("hashtag", StringComparison.OrdinalIgnoreCase) ? "" : "hashtag ";
            replacement = Spoken(tokens, index, 2, $"{said}{Read(tag.Text, social: true)}");
            return 2;
        }
        if (first is { Kind: TokenKind.Symbol or TokenKind.Punctuation, Text: "#" } && (index == 0 || first.SpaceBefore)
            && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } spacedTag && char.IsAsciiLetterUpper(spacedTag.Text[0]))
        {
            // "# Selfie": a hashtag set apart by a space; "# of votes" (lowercase) stays "number of".
            replacement = Spoken(tokens, index, 2, $"hashtag {Read(spacedTag.Text, social: true)}");
            return 2;
        }
        if (first is { Kind: TokenKind.Symbol or TokenKind.Punctuation, Text: "@" } && (index == 0 || first.SpaceBefore || At(tokens, index - 1) is { Kind: TokenKind.Punctuation })
            && At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: false } handle && !IsEmail(handle.Text))
        {
            // "@FenwickSheriff": a handle, its words split where the capitals show them.
            replacement = Spoken(tokens, index, 2, $"at {Read(handle.Text, social: true)}");
            return 2;
        }
        if (first.Kind is not (TokenKind.Word or TokenKind.Number)
            || (At(tokens, index - 1) is { Kind: TokenKind.Word or TokenKind.Number } before && !first.SpaceBefore && before.Kind != TokenKind.Spoken))
        {
            return 0;
        }
        var found = ScansOf(tokens);
        var count = RunLength(tokens, index, found);
        if (count < 2 || !MayBeAddress(tokens, index, index + count, found))
        {
            return 0;
        }
        var raw = new StringBuilder();
        for (var i = index; i < index + count; i++)
        {
            raw.Append(tokens[i].Text);
        }
        var text = raw.ToString();
        if (!IsEmail(text) && !IsUrl(text))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, count, Read(StripScheme(text)));
        return count;
    }

    /// <summary>
    /// What the sentence being read has where, found once per <see cref="Apply"/> for all its runs (a run of glued
    /// tokens is otherwise read again from each of its words). Thread-static: a pass may serve several threads at once.
    /// </summary>
    [ThreadStatic]
    private static Scans? scans;

    private sealed class Scans(IReadOnlyList<Token> tokens)
    {
        public IReadOnlyList<Token> Tokens { get; } = tokens;

        /// <summary>Tokens that end a run: spaced, already spoken, quotes, brackets, commas, semicolons.</summary>
        public NextToken Breaks { get; } = new(tokens, t => t.SpaceBefore || t.Kind == TokenKind.Spoken || t.Text is "\"" or "'" or "(" or ")" or "," or ";");

        public NextToken AtSigns { get; } = new(tokens, t => t.Text.Contains('@', StringComparison.Ordinal));

        public NextToken Dots { get; } = new(tokens, t => t.Text.Contains('.', StringComparison.Ordinal));

        /// <summary>Tokens with a character no host name has (a slash among them: it ends the host).</summary>
        public NextToken NotHost { get; } = new(tokens, t => !IsHostText(t.Text));
    }

    public override List<Token> Apply(List<Token> tokens)
    {
        scans = new Scans(tokens);
        try
        {
            return base.Apply(tokens);
        }
        finally
        {
            scans = null;
        }
    }

    private static Scans ScansOf(IReadOnlyList<Token> tokens) =>
        scans is { } known && ReferenceEquals(known.Tokens, tokens) ? known : new Scans(tokens);

    private static bool IsHostCharacter(char c) => char.IsLetterOrDigit(c) || c is '-' or '.';

    private static bool IsHostText(string text)
    {
        foreach (var c in text)
        {
            if (!IsHostCharacter(c)) return false;
        }
        return true;
    }

    /// <summary>How many tokens from <paramref name="index"/> are written together, less trailing sentence punctuation.</summary>
    private static int RunLength(IReadOnlyList<Token> tokens, int index, Scans found)
    {
        var end = Math.Min(index + 1 < tokens.Count ? found.Breaks.From(index + 1) : tokens.Count, index + MaxTokens);
        while (end > index + 1 && tokens[end - 1] is { Kind: TokenKind.Punctuation } last && last.Text != "/")
        {
            end--;
        }
        return end - index;
    }

    /// <summary>
    /// What the run's text must have to be an address, told without building it: an at sign (an email: anything may
    /// stand before it), a scheme or "www." at its start, or a host (all before the first slash) of letters, digits,
    /// dashes and at least one dot. Runs that pass are read whole by <see cref="IsEmail"/> and <see cref="IsUrl"/>.
    /// </summary>
    private static bool MayBeAddress(IReadOnlyList<Token> tokens, int index, int end, Scans found)
    {
        if (found.AtSigns.From(index) < end)
        {
            return true;
        }
        Span<char> start = stackalloc char[8];
        var length = 0;
        for (var k = index; k < end && length < start.Length; k++)
        {
            var part = tokens[k].Text.AsSpan(0, Math.Min(tokens[k].Text.Length, start.Length - length));
            part.CopyTo(start[length..]);
            length += part.Length;
        }
        var head = start[..length];
        if (head.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || head.Contains("://", StringComparison.Ordinal))
        {
            return true;
        }
        var other = found.NotHost.From(index);
        if (other >= end)
        {
            return found.Dots.From(index) < end;
        }
        var text = tokens[other].Text;
        var cut = 0;
        while (IsHostCharacter(text[cut]))
        {
            cut++;
        }
        return text[cut] == '/' && (found.Dots.From(index) < other || text.AsSpan(0, cut).Contains('.'));
    }

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        // After an at sign any alphabetic top-level domain will do: the at sign already says "email".
        return at > 0 && text.IndexOf('@', at + 1) < 0 && HasDomain(text[(at + 1)..], anyTopLevel: true);
    }

    private static bool IsUrl(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("file://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase)
        || (text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && text.Length > 4) || HasDomain(text);

    /// <summary>"example.com" or "news.example.co.uk/path": dotted labels ending in a known top-level domain.</summary>
    private static bool HasDomain(string text, bool anyTopLevel = false)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var host = slash < 0 ? text : text[..slash];
        var labels = host.Split('.');
        return labels.Length >= 2 && labels.All(l => l.Length > 0 && l.All(c => char.IsLetterOrDigit(c) || c == '-'))
            && (TopLevelDomains.Contains(labels[^1]) || (anyTopLevel && labels[^1].Length >= 2 && labels[^1].All(char.IsLetter)))
            && labels[^2].Any(char.IsLetter);
    }

    /// <summary>
    /// The words of a camel-case tag: "FloodWatch" -> "Flood", "Watch"; "NYTimes" -> "NY", "Times". All-lowercase
    /// or all-capital runs stay whole (no dictionary is used to split "floodwatch").
    /// </summary>
    private static IEnumerable<string> CamelParts(string letters)
    {
        var start = 0;
        for (var k = 1; k < letters.Length; k++)
        {
            var lowerToUpper = char.IsLower(letters[k - 1]) && char.IsUpper(letters[k]);
            var acronymEnd = char.IsUpper(letters[k - 1]) && char.IsUpper(letters[k]) && k + 1 < letters.Length && char.IsLower(letters[k + 1]);
            if (lowerToUpper || acronymEnd)
            {
                yield return letters[start..k];
                start = k;
            }
        }
        yield return letters[start..];
    }

    /// <summary>A narrator drops "https://" and "www.": listeners know where to type an address.</summary>
    private static string StripScheme(string text)
    {
        foreach (var scheme in (string[])["https://", "http://"])
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                text = text[scheme.Length..];
            }
        }
        return text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && text.Length > 4 ? text[4..] : text;
    }

    /// <summary>A code: capitals, digits and dashes only, with at least one digit and one capital ("A-20741", "KX4402").</summary>
    private static bool IsCode(string text) =>
        text.Length <= 24 && text.Any(char.IsAsciiDigit) && text.Any(char.IsAsciiLetterUpper) && text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>A code read as it is said: letters one by one, digits one by one, dashes silent ("A-20741" -> "A two zero seven four one").</summary>
    private string ReadCode(string code) =>
        string.Join(' ', code.Where(c => c != '-').Select(c => char.IsAsciiDigit(c) ? numbers.Cardinal(c - '0') : c.ToString()));

    /// <summary>Letter runs as words, digits one by one (a year in a hashtag as a year), every other character by name.</summary>
    private string Read(string text, bool social = false)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var j = i + 1;
            if (char.IsLetter(c))
            {
                while (j < text.Length && char.IsLetter(text[j]))
                {
                    j++;
                }
                words.AddRange(social ? CamelParts(text[i..j]) : [text[i..j]]);
            }
            else if (char.IsAsciiDigit(c))
            {
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }
                // A round figure in a link ("rtx-6000", "/top-100") is said as a number; other runs digit by digit.
                var run = text[i..j];
                var round = run.Length is >= 3 and <= 5 && run[0] != '0' && run.EndsWith("00", StringComparison.Ordinal);
                if (social && run.Length == 4 && run[0] is '1' or '2' && run[1] is '9' or '0')
                {
                    // "#Election2024": a year in a hashtag is said as a year.
                    words.Add(numbers.Year(int.Parse(run, System.Globalization.CultureInfo.InvariantCulture)));
                }
                else
                {
                    words.Add(round ? numbers.Cardinal(long.Parse(run, System.Globalization.CultureInfo.InvariantCulture)) : numbers.Digits(run));
                }
            }
            else if (SymbolNames.TryGetValue(c, out var name))
            {
                words.Add(name);
            }
            i = j;
        }
        return string.Join(' ', words);
    }
}
