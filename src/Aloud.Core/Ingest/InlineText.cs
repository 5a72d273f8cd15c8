using System.Text;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>The text of a run of nodes, and how much of it is link text.</summary>
internal readonly record struct GatheredText(string Text, int Chars, int LinkChars)
{
    /// <summary>All visible characters are inside links: a teaser or a call-to-action button, not prose.</summary>
    public bool IsAllLink => Chars > 0 && LinkChars >= Chars;
}

/// <summary>
/// Gathers the visible text of nodes as written: text nodes concatenated in order (inline tags add no
/// spaces, so "a--," and "the Ledger ." survive), line breaks as spaces, furniture inside left out.
/// </summary>
internal static class InlineText
{
    public static readonly HashSet<string> InlineTags =
    [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "del", "ins", "br",
        "wbr", "label", "nobr", "ruby", "rb",
    ];

    /// <summary>Text of <paramref name="nodes"/>; <paramref name="skip"/> names elements to leave out with their content.</summary>
    public static GatheredText Gather(IEnumerable<INode> nodes, Func<IElement, bool> skip)
    {
        var sb = new StringBuilder();
        int chars = 0, linkChars = 0;
        var stack = new Stack<(INode Node, bool InLink)>();
        foreach (var n in nodes.Reverse()) stack.Push((n, false));
        while (stack.Count > 0)
        {
            var (node, inLink) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                var text = node.TextContent;
                sb.Append(text);
                var visible = text.Count(c => !char.IsWhiteSpace(c));
                chars += visible;
                if (inLink) linkChars += visible;
                continue;
            }
            if (node is not IElement element || skip(element)) continue;
            if (element.LocalName == "br")
            {
                sb.Append(' ');
                continue;
            }
            var link = inLink || element.LocalName == "a";
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], link));
        }
        return new GatheredText(sb.ToString(), chars, linkChars);
    }

    /// <summary>Whether a node is inline content: text, or an inline element holding no block children.</summary>
    public static bool IsInline(INode node)
    {
        if (node.NodeType == NodeType.Text) return true;
        if (node is not IElement element || !InlineTags.Contains(element.LocalName)) return false;
        foreach (var child in element.Children)
        {
            if (!InlineTags.Contains(child.LocalName)) return false; // e.g. a span wrapping paragraphs
        }
        return true;
    }
}
