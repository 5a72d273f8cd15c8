using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Rejoins a story that the page cut into sibling parts around photos or ads: when the chosen container
/// (or one of its near ancestors) has siblings of the same tag and class that hold paragraph prose with few
/// links, those siblings are parts of the same body and join it, in document order. A part that opens
/// with a horizontal rule is an appendix set apart on purpose (an "about the company" note) and stays out, and so does
/// a sibling &lt;article&gt; beside one with its own headline, the next story.
/// </summary>
internal static class SplitBody
{
    // How far above the chosen container the split may sit: sections wrap a few levels of layout divs.
    private const int MaxLevels = 4;

    // A sibling joins only with this much paragraph text and at most this share of link text.
    private const int MinParagraphChars = 140;
    private const double MaxLinkDensity = 0.25;

    // A lone paragraph beside the container joins with this much text (Readability's rule of thumb).
    private const int MinLoneParagraphChars = 80;

    public static IReadOnlyList<IElement> Widen(IElement chosen, IElement root, PageAnalysis page)
    {
        var node = chosen;
        for (var level = 0; level <= MaxLevels && node != root && node.ParentElement is { } parent; level++)
        {
            var signature = node.GetAttribute("class");
            var parts = new List<IElement>();
            var found = false;
            foreach (var child in parent.Children)
            {
                if (child == node) { parts.Add(chosen); continue; }
                var joins = (SameKind(child, node, signature) && HoldsProse(child, page)) || (level == 0 && IsProseParagraph(child, page));
                if (!joins) continue;
                parts.Add(child);
                found = true;
            }
            if (found) return parts;
            node = parent;
        }
        return [chosen];
    }

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

    private static bool HoldsProse(IElement candidate, PageAnalysis page) =>
        !page.IsInsideFurniture(candidate) && !OpensWithRule(candidate) && page.Paragraphs.CharsOf(candidate) >= MinParagraphChars
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
