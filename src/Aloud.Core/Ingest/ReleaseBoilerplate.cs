using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// The boilerplate a newswire appends to every press release: the company note that opens with its label and then
/// names the company again ("About Corvane Robotics Corvane Robotics, Inc. designs ...") and the "SOURCE Corvane
/// Robotics, Inc." line; and the status line over it ("FOR IMMEDIATE RELEASE", "Embargoed until ..."). A paragraph that
/// merely starts with "About" goes on with other words and stays.
/// </summary>
public static partial class ReleaseBoilerplate
{
    // The company's name in the label: a few capitalised words.
    private const int MaxNameWords = 6;

    // A company note is a paragraph or two, never a whole story.
    private const int MaxNoteWords = 150;

    private const int MaxSourceWords = 10;
    private const int MaxSourceChars = 120;

    /// <summary>Whether <paramref name="text"/> (one block, whitespace collapsed) is press-release boilerplate.</summary>
    public static bool IsBoilerplate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var words = TextClean.WordCount(trimmed);
        if (words <= MaxSourceWords && trimmed.Length <= MaxSourceChars
            && (TimedPatterns.IsMatch(SourceLine(), trimmed) || TimedPatterns.IsMatch(ReleaseStatus(), trimmed))) return true;
        return words <= MaxNoteWords && IsCompanyNote(trimmed);
    }

    /// <summary>"About" and a capitalised name, followed straight away by the same name: the label and its note run together.</summary>
    private static bool IsCompanyNote(string text)
    {
        if (!text.StartsWith("About ", StringComparison.Ordinal)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n <= MaxNameWords && 1 + (2 * n) <= words.Length; n++)
        {
            var name = words.AsSpan(1, n);
            if (!char.IsUpper(name[^1][0])) break;
            var again = words.AsSpan(1 + n, n).ToArray();
            again[^1] = again[^1].TrimEnd(',', '.', ';', ':', '\u2019', '\'');
            if (name.SequenceEqual(again)) return true;
        }
        return false;
    }

    // The release's status line over its text, for the newsroom and not the reader: "FOR IMMEDIATE RELEASE", "Embargoed
    // until 00:01 Thursday 5 March", and the same in German, French, Spanish, Italian and Portuguese.
    [GeneratedRegex(@"^(for immediate release|embargoed( until| till| to)?\b.{0,60}|under embargo\b.{0,60}|zur sofortigen veröffentlichung|sperrfrist\b.{0,60}|pour (diffusion|publication) immédiate|para (publicación|difusión) inmediata|per (la )?diffusione immediata|para (divulgação|publicação) imediata)\W{0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex ReleaseStatus();

    // PR Newswire's closing line: "SOURCE" in capitals, then the company.
    [GeneratedRegex(@"^SOURCE\s\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex SourceLine();
}
