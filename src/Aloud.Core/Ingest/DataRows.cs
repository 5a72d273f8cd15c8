using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A row of a data table in the body ("Millbeck | £760 | £815 | 7.2%"): heard as one line, its cells in order with a
/// pause between them, rather than as one paragraph per cell. Only rows of two or more short, inline-only cells
/// count: a layout table (a whole page in one cell) is still walked as blocks.
/// </summary>
internal static class DataRows
{
    private const int MaxCellWords = 15;

    public static bool IsDataRow(IElement row)
    {
        if (row.LocalName != "tr") return false;
        var cells = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName is not ("td" or "th")) return false;
            if (cell.Children.Any(c => !InlineText.IsInline(c))) return false;
            if (TextClean.WordCount(cell.TextContent) > MaxCellWords) return false;
            cells++;
        }
        return cells >= 2;
    }

    /// <summary>The row's cell texts, furniture left out, joined with commas; empty cells are skipped.</summary>
    public static GatheredText Gather(IElement row, Func<IElement, bool> skip)
    {
        var parts = new List<string>();
        int chars = 0, links = 0;
        foreach (var cell in row.Children)
        {
            var text = InlineText.Gather([cell], skip);
            var collapsed = TextClean.Collapse(text.Text);
            if (collapsed.Length == 0) continue;
            parts.Add(collapsed.TrimEnd(',', ';'));
            chars += text.Chars;
            links += text.LinkChars;
        }
        return new GatheredText(string.Join(", ", parts), chars, links);
    }
}
