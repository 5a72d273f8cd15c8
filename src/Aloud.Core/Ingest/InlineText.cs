using System.Text;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>A stretch of gathered text marked in a language (a <c>lang</c> attribute), in the raw text's positions.</summary>
internal readonly record struct MarkedLanguage(int Start, int End, string Language);

/// <summary>The text of a run of nodes, and how much of it is link text.</summary>
internal readonly record struct GatheredText(string Text, int Chars, int LinkChars)
{
    /// <summary>Stretches of <see cref="Text"/> inside elements with a <c>lang</c> (the page's own, on &lt;html&gt;, aside).</summary>
    public IReadOnlyList<MarkedLanguage> Languages { get; init; } = [];

    /// <summary>All letters and digits are inside links: a teaser, a call-to-action button or a line of links, not prose.</summary>
    public bool IsAllLink => Chars > 0 && LinkChars >= Chars;

    /// <summary>Letters and digits inside &lt;i&gt; or &lt;em&gt;.</summary>
    public int ItalicChars { get; init; }

    /// <summary>All letters and digits are set in italics: a note set apart from the story's own paragraphs.</summary>
    public bool IsAllItalic => Chars > 0 && ItalicChars >= Chars;
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
        int chars = 0, linkChars = 0, italicChars = 0;
        var languages = new List<MarkedLanguage>();
        var stack = new Stack<(INode Node, bool InLink, bool InItalic, string? Lang)>();
        var list = nodes.ToList();
        var inherited = list.Count == 0 ? null : LanguageAbove(list[0]);
        for (var i = list.Count - 1; i >= 0; i--) stack.Push((list[i], false, false, inherited));
        while (stack.Count > 0)
        {
            var (node, inLink, inItalic, lang) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                var text = node.TextContent;
                if (lang is not null) Mark(languages, sb.Length, sb.Length + text.Length, lang);
                sb.Append(text);
                // Letters and digits only: the bars and dots between a line of links ("Print | E-mail") are not words.
                var visible = text.Count(char.IsLetterOrDigit);
                chars += visible;
                if (inLink) linkChars += visible;
                if (inItalic) italicChars += visible;
                continue;
            }
            if (node is not IElement element || skip(element)) continue;
            if (element.LocalName == "br")
            {
                sb.Append(' ');
                continue;
            }
            var link = inLink || element.LocalName == "a";
            var italic = inItalic || element.LocalName is "i" or "em";
            var own = OwnLanguage(element) ?? lang;
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], link, italic, own));
        }
        return new GatheredText(sb.ToString(), chars, linkChars) { Languages = languages, ItalicChars = italicChars };
    }

    /// <summary>A text node's language stretch, joined to the previous one when it goes on in the same language.</summary>
    private static void Mark(List<MarkedLanguage> languages, int start, int end, string language)
    {
        if (languages.Count > 0 && languages[^1].End == start && languages[^1].Language == language)
            languages[^1] = languages[^1] with { End = end };
        else if (end > start)
            languages.Add(new MarkedLanguage(start, end, language));
    }

    /// <summary>
    /// The language in force where <paramref name="node"/> sits: the nearest <c>lang</c> above it, short of the
    /// root &lt;html&gt;, whose language is the article's own (read with the metadata).
    /// </summary>
    private static string? LanguageAbove(INode node)
    {
        for (var e = node.ParentElement; e is not null && e.ParentElement is not null; e = e.ParentElement)
        {
            if (OwnLanguage(e) is { } lang) return lang;
        }
        return null;
    }

    /// <summary>An element's own lang (or xml:lang), when it is a language tag; lang="" means "unknown": the article's.</summary>
    private static string? OwnLanguage(IElement element) =>
        element.ParentElement is null ? null : Speech.LanguageTags.Clean(element.GetAttribute("lang") ?? element.GetAttribute("xml:lang"));

    /// <summary>Whether a node is inline content: text, or an inline element holding no block children.</summary>
    public static bool IsInline(INode node)
    {
        if (node.NodeType == NodeType.Text) return true;
        if (node is not IElement element || !InlineTags.Contains(element.LocalName)) return false;
        foreach (var child in element.Children)
        {
            // A span wrapping paragraphs is a block; a link with a thumbnail before its words is still a link.
            if (!InlineTags.Contains(child.LocalName) && !(child.LocalName == "img" && element.LocalName == "a")) return false;
        }
        return true;
    }
}
