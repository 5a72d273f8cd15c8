namespace Aloud.Ingest;

/// <summary>
/// Removes headline, byline and date lines that a page or a text repeats at the top of its body: the
/// narrator reads those from the metadata, and hearing them twice sounds like a glitch.
/// </summary>
internal static class LeadingMetadata
{
    private const int LinesToCheck = 4;
    private const int MaxBylineWords = 12;

    public static IReadOnlyList<ArticleBlock> Trim(IReadOnlyList<ArticleBlock> blocks, string? title, string? byline)
    {
        var skip = 0;
        while (skip < blocks.Count && skip < LinesToCheck && (IsMetadataLine(blocks[skip], title, byline) || IsDekAboveMetadata(blocks, skip, title, byline)
            || IsKickerAboveMetadata(blocks, skip, title, byline))) skip++;
        return skip == 0 ? blocks : blocks.Skip(skip).ToList();
    }

    /// <summary>
    /// A heading without a final stop with a byline or date line under it, at the top of the body: the header's
    /// subtitle, set between the headline and the byline. A section of the story never comes before its byline.
    /// </summary>
    private static bool IsDekAboveMetadata(IReadOnlyList<ArticleBlock> blocks, int at, string? title, string? byline) =>
        blocks[at].Kind == BlockKind.Heading && at + 1 < blocks.Count && !EndsSentence(blocks[at].Text)
        && IsMetadataLine(blocks[at + 1], title, byline);

    /// <summary>
    /// A section label ("OPINION", "Local news") with the repeated headline or a date line under it, at the top of the
    /// body: the label a page sets over its headline, which a page without an &lt;h1&gt; leaves inside the body.
    /// </summary>
    private static bool IsKickerAboveMetadata(IReadOnlyList<ArticleBlock> blocks, int at, string? title, string? byline) =>
        blocks[at].Kind is BlockKind.Paragraph or BlockKind.Heading && blocks[at].Text.Length <= MaxKickerChars
        && TextClean.WordCount(blocks[at].Text) <= MaxKickerWords && !EndsSentence(blocks[at].Text) && !blocks[at].Text.TrimEnd().EndsWith(':')
        && at + 1 < blocks.Count && IsMetadataLine(blocks[at + 1], title, byline);

    private const int MaxKickerWords = 3;
    private const int MaxKickerChars = 30;

    private static bool EndsSentence(string text) => SentenceMarks.EndsWithMark(text);

    private static bool IsMetadataLine(ArticleBlock block, string? title, string? byline)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading)) return false;
        var text = block.Text;
        if (Same(text, title) || IsTitleWithoutSite(text, title) || Same(text, byline) || TextDates.IsDateLine(text) || BylineDateLines.IsBylineDate(text)) return true;
        return IsBylineLine(text) || IsHeadlineWithByline(text, title) || ViewCounterLines.IsViewCounter(text) || IsHeadlineInTitle(text, title);
    }

    /// <summary>
    /// The headline inside a longer title: a notice's title sets a label before the name it is about ("Obituary for
    /// Jo Roe | Site", "In memory of Jo Roe") and the page repeats the bare name above the text. An unstopped line of
    /// three words or more that the title holds whole, at the top of the body, is that headline.
    /// </summary>
    private static bool IsHeadlineInTitle(string text, string? title)
    {
        if (title is null || TextClean.WordCount(text) < 3 || EndsSentence(text)) return false;
        var line = TextClean.Collapse(text.Trim());
        var full = TextClean.Collapse(title);
        var at = full.IndexOf(line, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return false;
        var end = at + line.Length;
        return (at == 0 || !char.IsLetterOrDigit(full[at - 1])) && (end == full.Length || !char.IsLetterOrDigit(full[end]));
    }

    /// <summary>"By Jane Doe, Ledger" is a byline; "By the numbers" is a section heading.</summary>
    private static bool IsBylineLine(string text) =>
        text.StartsWith("By ", StringComparison.Ordinal) && text.Length > 3 && char.IsUpper(text[3])
        && TextClean.WordCount(text) <= MaxBylineWords && !text.EndsWith('.') && !text.EndsWith('?') && !text.EndsWith('!');

    /// <summary>
    /// The headline and the byline under it read as one line: an old page sets both in &lt;font&gt; tags split by a
    /// single &lt;br&gt; ("Water tower gets new paint By Jo Bell Staff Writer").
    /// </summary>
    private static bool IsHeadlineWithByline(string text, string? title)
    {
        if (title is null) return false;
        var at = text.IndexOf(" By ", StringComparison.Ordinal);
        if (at <= 0) return false;
        var headline = text[..at];
        return (Same(headline, title) || IsTitleWithoutSite(headline, title)) && IsBylineLine(text[(at + 1)..]);
    }

    private static readonly string[] SiteSeparators = [": ", " | ", " - ", " \u2013 ", " \u2014 "];

    /// <summary>
    /// The headline as the page's title has it with the site's name before or after it ("Larkfield Bees: A swarm in the
    /// churchyard", "A swarm in the churchyard | Larkfield Bees"): a blog repeats the bare headline above the post.
    /// </summary>
    private static bool IsTitleWithoutSite(string text, string? title)
    {
        if (title is null || TextClean.WordCount(text) < 3) return false;
        var headline = text.Trim();
        var full = title.Trim();
        if (full.Length <= headline.Length || !(full.StartsWith(headline, StringComparison.OrdinalIgnoreCase) || full.EndsWith(headline, StringComparison.OrdinalIgnoreCase)))
            return false;
        var rest = full.StartsWith(headline, StringComparison.OrdinalIgnoreCase) ? full[headline.Length..] : full[..^headline.Length];
        return SiteSeparators.Any(s => rest.StartsWith(s, StringComparison.Ordinal) || rest.EndsWith(s, StringComparison.Ordinal));
    }

    private static bool Same(string text, string? other) =>
        other is not null && string.Equals(text.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}
