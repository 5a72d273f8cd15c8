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
        while (skip < blocks.Count && skip < LinesToCheck && IsMetadataLine(blocks[skip], title, byline)) skip++;
        return skip == 0 ? blocks : blocks.Skip(skip).ToList();
    }

    private static bool IsMetadataLine(ArticleBlock block, string? title, string? byline)
    {
        if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading)) return false;
        var text = block.Text;
        if (Same(text, title) || Same(text, byline) || TextDates.IsDateLine(text)) return true;
        // "By Jane Doe, Ledger" is a byline; "By the numbers" is a section heading.
        return text.StartsWith("By ", StringComparison.Ordinal) && text.Length > 3 && char.IsUpper(text[3])
            && TextClean.WordCount(text) <= MaxBylineWords && !text.EndsWith('.') && !text.EndsWith('?') && !text.EndsWith('!');
    }

    private static bool Same(string text, string? other) =>
        other is not null && string.Equals(text.Trim(), other.Trim(), StringComparison.OrdinalIgnoreCase);
}
