using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Rejoins a story that the page cut into sibling parts around photos or ads: when the chosen container
/// (or one of its near ancestors) has siblings of the same tag and class that hold paragraph prose with few
/// links, those siblings are parts of the same body and join it, in document order. A body cut into three or more
/// such parts (an email archive's block tables, a live page's entries) takes its short parts too. A part that opens
/// with a horizontal rule is an appendix set apart on purpose (an "about the company" note) and stays out, and so does
/// a sibling &lt;article&gt; beside one with its own headline, the next story.
/// </summary>
internal static class SplitBody
{
    // How far above the chosen container the split may sit: sections wrap a few levels of layout divs. A table's
    // row and row group are not levels of their own (an email archive nests a table per block, each cell three
    // elements below its table), so a split between layout tables reaches as far as one between divs.
    private const int MaxLevels = 4;

    // A sibling joins only with this much paragraph text and at most this share of link text.
    private const int MinParagraphChars = 140;
    private const double MaxLinkDensity = 0.25;

    // A lone paragraph beside the container joins with this much text (Readability's rule of thumb).
    private const int MinLoneParagraphChars = 80;

    // In a body cut by block, a part joins with this much paragraph text: a sign-off line, a short paragraph.
    private const int MinShortPartChars = 20;

    public static IReadOnlyList<IElement> Widen(IElement chosen, IElement root, PageAnalysis page)
    {
        var node = chosen;
        for (var level = 0; level <= MaxLevels && node != root && node.ParentElement is { } parent; level += IsRowLevel(node) ? 0 : 1)
        {
            var signature = node.GetAttribute("class");
            var siblings = parent.Children.Where(c => c != node && SameKind(c, node, signature)).ToList();
            // A body cut into three or more parts is cut by block, not around a photo: its short blocks (a one-line
            // sign-off, a short paragraph) are parts too.
            var many = siblings.Count(c => HoldsProse(c, page, MinParagraphChars)) >= 2;
            var parts = new List<IElement>();
            var found = false;
            foreach (var child in parent.Children)
            {
                if (child == node) { parts.Add(chosen); continue; }
                var joins = (siblings.Contains(child) && HoldsProse(child, page, many ? MinShortPartChars : MinParagraphChars))
                    || (level == 0 && IsProseParagraph(child, page))
                    || (level > 0 && IsProseSection(child, node, page));
                if (!joins) continue;
                parts.Add(child);
                found = true;
            }
            if (found) return parts;
            node = parent;
        }
        return [chosen];
    }

    /// <summary>
    /// A sibling of the same tag that holds nothing but the story's kinds of block, headings and two paragraphs or more
    /// of prose: a page built of components (a live results page: summary, result table, analysis, another table) sets
    /// each text module apart under its own class, with widgets between them. A module with a table, a form or a media
    /// player in it is a widget, not text.
    /// </summary>
    private static bool IsProseSection(IElement candidate, IElement node, PageAnalysis page)
    {
        if (candidate.LocalName != node.LocalName || candidate.LocalName is "p" || !HoldsProse(candidate, page, MinParagraphChars)) return false;
        var paragraphs = 0;
        foreach (var child in candidate.Children)
        {
            if (child.LocalName == "p") paragraphs++;
            else if (child.LocalName is not ("h2" or "h3" or "h4" or "ul" or "ol" or "blockquote")) return false;
        }
        return paragraphs >= MinSectionParagraphs;
    }

    // A text module holds at least this many paragraphs: one paragraph beside a widget is its blurb.
    private const int MinSectionParagraphs = 2;

    /// <summary>A table row or row group: part of the cell-in-table wrapping that counts as one level.</summary>
    private static bool IsRowLevel(IElement node) => node.LocalName is "tr" or "tbody" or "thead" or "tfoot";

    /// <summary>A paragraph beside the chosen container: the story's opening, left outside a "read more" wrapper.</summary>
    private static bool IsProseParagraph(IElement candidate, PageAnalysis page) =>
        candidate.LocalName == "p" && !page.IsInsideFurniture(candidate) && page.Paragraphs.CharsOf(candidate) >= MinLoneParagraphChars
        && page.StatsOf(candidate).LinkDensity <= MaxLinkDensity;

    /// <summary>
    /// A sibling of the same tag and class. Not an &lt;article&gt; beside an article that holds its own headline
    /// (&lt;h1&gt;): that is a story of its own, the next one appended below this one by an infinite-scroll page. (A
    /// live blog's updates are sibling articles too, under one headline outside them: those are parts.)
    /// </summary>
    private static bool SameKind(IElement candidate, IElement node, string? signature) =>
        candidate.LocalName == node.LocalName && !string.IsNullOrWhiteSpace(signature) && candidate.GetAttribute("class") == signature
        && !(candidate.LocalName == "article" && node.QuerySelector("h1") is not null);

    private static bool HoldsProse(IElement candidate, PageAnalysis page, int minChars) =>
        !page.IsInsideFurniture(candidate) && !OpensWithRule(candidate) && page.Paragraphs.CharsOf(candidate) >= minChars
        && page.StatsOf(candidate).LinkDensity <= MaxLinkDensity;

    /// <summary>Whether the first thing in <paramref name="candidate"/> is an &lt;hr&gt;, however deeply wrapped.</summary>
    private static bool OpensWithRule(IElement candidate)
    {
        for (var e = candidate.FirstElementChild; e is not null; e = e.FirstElementChild)
        {
            if (e.LocalName == "hr") return true;
        }
        return false;
    }
}
