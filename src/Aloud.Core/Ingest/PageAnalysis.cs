using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>Text measures of one element and its subtree, furniture left out.</summary>
/// <param name="ContentChars">Non-link, non-whitespace text characters.</param>
/// <param name="LinkChars">Non-whitespace characters of link text.</param>
/// <param name="Commas">Commas in the content text: a sign of prose rather than labels.</param>
/// <param name="Score">Paragraph evidence credited to this element as a parent or grandparent of paragraphs.</param>
internal readonly record struct ElementStats(int ContentChars, int LinkChars, int Commas, double Score)
{
    public double LinkDensity => ContentChars + LinkChars == 0 ? 0 : (double)LinkChars / (ContentChars + LinkChars);
}

/// <summary>
/// One pass over a page: every element in document order, which subtrees are furniture, and how much
/// text each element holds. Iterative throughout, so hostile nesting cannot overflow the stack.
/// </summary>
internal sealed class PageAnalysis
{
    private readonly Dictionary<IElement, Exclusion> _exclusions = [];
    private readonly Dictionary<IElement, ElementStats> _stats = [];

    private PageAnalysis(List<IElement> elements)
    {
        Elements = elements;
        Paragraphs = new ParagraphShare(elements);
    }

    /// <summary>Where the page's paragraph text is, before any furniture rule.</summary>
    public ParagraphShare Paragraphs { get; }

    /// <summary>Every element under the root, root first, in document order.</summary>
    public IReadOnlyList<IElement> Elements { get; }

    /// <summary>Why the subtree at <paramref name="element"/> is furniture (None when it is not, or an ancestor is).</summary>
    public Exclusion ExclusionOf(IElement element) => _exclusions.GetValueOrDefault(element);

    /// <summary>Whether the element or one of its ancestors is furniture.</summary>
    public bool IsInsideFurniture(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (_exclusions.ContainsKey(e)) return true;
        }
        return false;
    }

    public ElementStats StatsOf(IElement element) => _stats.GetValueOrDefault(element);

    public static PageAnalysis Analyze(IElement root, BoilerplateRules rules)
    {
        var analysis = new PageAnalysis(PreOrder(root));
        var elements = analysis.Elements;

        // Wrappers that hold the headline or the article are never furniture, whatever their class says
        // ("layout has-sidebar"): computed bottom-up first so the top-down pass can ask.
        var holdsStory = new HashSet<IElement>();
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var e = elements[i];
            if (e.LocalName is "h1" or "article" or "main" || Microdata.IsArticleBody(e) || holdsStory.Contains(e))
            {
                if (e.ParentElement is { } parent) holdsStory.Add(parent);
                holdsStory.Add(e);
            }
        }

        var skipped = new HashSet<IElement>();
        var inLink = new HashSet<IElement>();
        foreach (var e in elements)
        {
            if (e.ParentElement is { } p && skipped.Contains(p)) { skipped.Add(e); continue; }
            if (e.LocalName == "a" || (e.ParentElement is { } q && inLink.Contains(q))) inLink.Add(e);
            var why = rules.Judge(e);
            if (IsOutvoted(why, e) && (holdsStory.Contains(e) || analysis.Paragraphs.HoldsMostOfStory(e))) why = Exclusion.None;
            if (why == Exclusion.None) continue;
            analysis._exclusions[e] = why;
            skipped.Add(e);
        }

        var stats = analysis._stats;
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var e = elements[i];
            if (skipped.Contains(e)) continue;
            var (chars, commas) = OwnText(e);
            var own = stats.GetValueOrDefault(e);
            var total = inLink.Contains(e)
                ? own with { LinkChars = own.LinkChars + chars }
                : own with { ContentChars = own.ContentChars + chars, Commas = own.Commas + commas };
            stats[e] = total;
            if (e.ParentElement is { } parent)
            {
                var ps = stats.GetValueOrDefault(parent);
                stats[parent] = ps with
                {
                    ContentChars = ps.ContentChars + total.ContentChars,
                    LinkChars = ps.LinkChars + total.LinkChars,
                    Commas = ps.Commas + total.Commas,
                };
            }
            // (An old table layout sets its story's text in a <font> or <span>, split by <br>.)
            // A consent banner, a paywall stub or a teaser card's blurb is prose-shaped but no story: no paragraph credit.
            if ((e.LocalName is "p" or "pre" || (chars >= 25 && (e.LocalName is "div" or "section" or "td" || (e.LocalName is "font" or "span" && HasBreakChild(e))))) && !GateText.IsGate(e.TextContent) && !TeaserCards.IsBlurb(e))
                CreditParagraph(stats, e, total);
        }
        return analysis;
    }

    /// <summary>
    /// Exclusions that the text can overrule: a class name, or a &lt;form&gt; (ASP.NET wraps whole pages in one).
    /// Used by the block collector too, so both passes agree.
    /// </summary>
    public static bool IsOutvoted(Exclusion why, IElement element) =>
        why == Exclusion.ByName || (why == Exclusion.ByTag && element.LocalName == "form");

    /// <summary>Readability-style evidence: a paragraph counts for its parent in full and its grandparent in half.</summary>
    private static void CreditParagraph(Dictionary<IElement, ElementStats> stats, IElement paragraph, ElementStats measured)
    {
        if (measured.ContentChars < 25) return;
        var score = 1 + measured.Commas + Math.Min(measured.ContentChars / 100.0, 3);
        var weight = 1.0;
        for (var e = paragraph.ParentElement; e is not null && weight >= 0.5; e = e.ParentElement, weight /= 2)
        {
            var s = stats.GetValueOrDefault(e);
            stats[e] = s with { Score = s.Score + (score * weight) };
        }
    }

    /// <summary>Whether a &lt;br&gt; is among the element's own children (text split into lines or paragraphs).</summary>
    private static bool HasBreakChild(IElement element)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement { LocalName: "br" }) return true;
        }
        return false;
    }

    /// <summary>Non-whitespace characters and commas of the element's own text nodes.</summary>
    private static (int Chars, int Commas) OwnText(IElement element)
    {
        int chars = 0, commas = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType != NodeType.Text) continue;
            foreach (var c in node.TextContent)
            {
                if (!char.IsWhiteSpace(c)) chars++;
                if (c == ',') commas++;
            }
        }
        return (chars, commas);
    }

    private static List<IElement> PreOrder(IElement root)
    {
        var list = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            list.Add(e);
            // ChildNodes is list-backed; Children is a filtered view whose indexer walks the list (quadratic).
            var children = e.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                if (children[i] is IElement child) stack.Push(child);
            }
        }
        return list;
    }
}
