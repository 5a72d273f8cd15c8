using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Aloud.Ingest.Evaluation;

/// <summary>
/// The visible text of an HTML fragment (a Readability <c>expected.html</c>): text nodes in order, with a
/// line break at every block element's edges so "&lt;/p&gt;&lt;p&gt;" never glues two words into one token.
/// </summary>
internal static class HtmlText
{
    public static string Of(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = 512, SkipComments = true });
        using var document = parser.ParseDocument(HtmlNestingLimiter.Limit(html, HtmlArticleExtractor.MaxNesting));
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((document.Body ?? (INode)document, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node.NodeType == NodeType.Text)
            {
                sb.Append(node.TextContent);
                continue;
            }
            if (node is IElement element)
            {
                if (element.LocalName is "script" or "style") continue;
                var block = !InlineText.InlineTags.Contains(element.LocalName) || element.LocalName == "br";
                if (block) sb.Append('\n');
                if (closing) continue;
                if (block) stack.Push((node, true));
            }
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
        }
        return TextClean.Collapse(sb.ToString());
    }
}
