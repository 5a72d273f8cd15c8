using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// How much of a page's paragraph text (&lt;p&gt; elements, and text split by &lt;br&gt; straight inside a block, as
/// older blogs write paragraphs; before any furniture rule) each element holds.
/// Lets the text outvote a class name or a wrapping tag: a WordPress post whose taxonomy classes say
/// "advertising", a "content-with-sidebar" wrapper, or an ASP.NET page wrapped whole in a &lt;form&gt; still
/// hold the story, and dropping them would drop all of it.
/// </summary>
internal sealed class ParagraphShare
{
    // Below this much paragraph text a share means little: a teaser box can hold all of a tiny page.
    private const int MinChars = 200;

    private readonly Dictionary<IElement, int> _chars = [];
    private readonly int _total;

    /// <summary>Measures every element of <paramref name="elements"/> (document order, root first).</summary>
    public ParagraphShare(IReadOnlyList<IElement> elements)
    {
        for (var i = elements.Count - 1; i >= 0; i--)
        {
            var e = elements[i];
            // A paragraph counts its whole text; nothing nests inside a <p> that could count twice.
            var own = e.LocalName == "p" ? Visible(e.TextContent) : _chars.GetValueOrDefault(e) + BrokenText(e);
            if (own == 0) continue;
            _chars[e] = own;
            if (e.ParentElement is not { } parent) continue;
            _chars[parent] = _chars.GetValueOrDefault(parent) + own;
        }
        _total = elements.Count == 0 ? 0 : _chars.GetValueOrDefault(elements[0]);
    }

    /// <summary>Paragraph characters inside <paramref name="element"/>.</summary>
    public int CharsOf(IElement element) => _chars.GetValueOrDefault(element);

    /// <summary>Whether the element holds more than half of the page's paragraph text.</summary>
    public bool HoldsMostOfStory(IElement element)
    {
        var inside = CharsOf(element);
        return inside >= MinChars && inside * 2 > _total;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>
    /// The element's own text when a &lt;br&gt; splits it (a Blogger post body: text, &lt;br /&gt;&lt;br /&gt;, text),
    /// else 0. Only direct text nodes count, so nothing is counted twice.
    /// </summary>
    private static int BrokenText(IElement element)
    {
        if (element.LocalName == "p") return 0;
        var text = 0;
        var broken = false;
        foreach (var node in element.ChildNodes)
        {
            if (node.NodeType == NodeType.Text) text += Visible(node.TextContent);
            else if (node is IElement { LocalName: "br" }) broken = true;
        }
        return broken ? text : 0;
    }
}
