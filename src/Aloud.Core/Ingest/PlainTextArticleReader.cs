using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>
/// Reads a plain-text article: paragraphs separated by blank lines (or one per line when the text has no
/// blank lines), a scraper's metadata/promo first line dropped (its date kept as
/// <see cref="Article.Published"/>), promos dropped and credit lines marked. A title is taken only when
/// the text clearly starts with one, because reading a first sentence twice is worse than no title.
/// </summary>
public static partial class PlainTextArticleReader
{
    private const int MaxTitleWords = 15;

    /// <summary>Reads <paramref name="text"/>; the result may have no blocks.</summary>
    public static Article Read(string text, Uri? source = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        var lines = text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n').ToList();

        DateTimeOffset? published = null;
        var first = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (first >= 0 && IsScraperLine(lines[first]))
        {
            published = TextDates.Find(lines[first]);
            lines.RemoveAt(first);
        }

        var paragraphs = SplitParagraphs(lines, out var blankLineSeparated);
        string? title = null, byline = null;
        if (blankLineSeparated && paragraphs.Count > 1 && IsTitle(paragraphs[0], options))
        {
            title = TextClean.Collapse(paragraphs[0][0].TrimStart('#'));
            paragraphs.RemoveAt(0);
            if (paragraphs.Count > 1 && paragraphs[0].Count == 1 && BylineLine().IsMatch(paragraphs[0][0].Trim()))
            {
                byline = Bylines.Clean(paragraphs[0][0]);
                paragraphs.RemoveAt(0);
            }
        }

        var filter = new BlockFilter(options);
        var blocks = new List<ArticleBlock>();
        foreach (var paragraph in paragraphs)
        {
            var joined = string.Join(' ', paragraph);
            var kind = BlockKind.Paragraph;
            if (paragraph.Count == 1 && MarkdownHeading().Match(joined) is { Success: true } heading)
                (kind, joined) = (BlockKind.Heading, joined[heading.Length..]);
            else if (paragraph.Count == 1 && Bullet().Match(joined) is { Success: true } bullet)
                (kind, joined) = (BlockKind.ListItem, joined[bullet.Length..]);
            filter.Add(blocks, kind, new GatheredText(joined, joined.Length, 0), null);
        }
        return new Article(title, byline, published, "en", source, LeadingMetadata.Trim(blocks, title, byline));
    }

    /// <summary>A scraper's header line: "date 2025-05-23 ...", "Published May 23, 2025 ...", or a promo.</summary>
    internal static bool IsScraperLine(string line) =>
        ScraperPrefix().IsMatch(line.Trim()) || PromoPhrases.IsPromo(TextClean.Collapse(line));

    /// <summary>Paragraphs as lists of lines: blank-line separated when the text has blank lines, else one per line.</summary>
    private static List<List<string>> SplitParagraphs(List<string> lines, out bool blankLineSeparated)
    {
        var first = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        var last = lines.FindLastIndex(l => !string.IsNullOrWhiteSpace(l));
        blankLineSeparated = first >= 0 && lines.Skip(first).Take(last - first + 1).Any(string.IsNullOrWhiteSpace);

        var paragraphs = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) { current = null; continue; }
            if (current is null || !blankLineSeparated) paragraphs.Add(current = []);
            current.Add(line.Trim());
        }
        return paragraphs;
    }

    /// <summary>A title is one short line, standing alone, that does not end like a sentence.</summary>
    private static bool IsTitle(List<string> paragraph, ExtractionOptions options)
    {
        if (paragraph.Count != 1) return false;
        var line = paragraph[0].TrimStart('#').Trim();
        if (line.Length == 0 || !char.IsLetterOrDigit(line[^1]) || TextClean.WordCount(line) > MaxTitleWords) return false;
        var start = line.First(char.IsLetterOrDigit); // exists: the last character is one
        return (char.IsUpper(start) || char.IsDigit(start))
            && !PromoPhrases.IsPromo(line, options.ExtraPromoPhrases) && !CreditLines.IsCredit(line);
    }

    [GeneratedRegex(@"^(date\s{0,3}:?\s{0,3}\d|(published|updated|posted)(\s{1,3}on)?\s{0,3}:?\s{0,3}(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex ScraperPrefix();

    [GeneratedRegex(@"^[Bb]y\s{1,3}\p{Lu}[^.!?]{0,100}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^#{1,6}\s{1,3}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^[\-*•]\s{1,3}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Bullet();
}
