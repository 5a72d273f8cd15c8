using System.Text;

namespace Aloud.Ingest;

/// <summary>
/// Bounds how deep HTML nests before it reaches the parser. The HTML parsing algorithm scans the stack of
/// open elements for every tag, so 100,000 nested divs cost 100,000² steps, and AngleSharp's
/// MaximumDepth does not stop the stack growing. This linear pass tracks an approximate stack and drops the
/// tags that would nest past the limit (their text stays, at the deepest level kept), so the parser and
/// every later walk do bounded work per tag. Pages within the limit come back unchanged.
/// </summary>
internal static class HtmlNestingLimiter
{
    private static readonly HashSet<string> VoidElements =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen"];

    // Their content is text, not markup: a "<div>" inside a script opens nothing.
    private static readonly HashSet<string> RawTextElements =
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    // Closed implicitly by the next one of their kind, so "<p>a<p>b" does not count as nesting.
    private static readonly HashSet<string> SelfClosingSiblings = ["p", "li", "dt", "dd", "tr", "td", "th", "option", "rt", "rp"];

    // How far up the stack an implicitly closed sibling is looked for ("<li><b>x<li>").
    private const int SiblingReach = 4;

    // Sections and blocks the HTML parser will not reach across to close an open li, dt or dd: "<aside><ul><li>"
    // repeated nests for real, however close the previous li is (the parser's "special" elements but address,
    // div and p). Counting it as a sibling let such a page nest without bound, and the parser then took time
    // growing with the square of its size.
    private static readonly HashSet<string> Blocks =
    [
        "article", "aside", "blockquote", "body", "caption", "center", "details", "dialog", "dir", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "html", "main", "menu", "nav", "ol", "pre", "search",
        "section", "select", "summary", "table", "td", "template", "th", "ul", "button", "object", "marquee", "applet",
    ];

    /// <summary>The open elements that stop the search for the sibling a new <paramref name="name"/> closes.</summary>
    private static IReadOnlySet<string> BoundariesOf(string name) => name switch
    {
        "li" or "dt" or "dd" => Blocks,
        "p" => ParagraphScope,
        "tr" or "td" or "th" => TableScope,
        "option" => OptionScope,
        _ => RubyScope,
    };

    // Start tags before which the parser closes an open p ("<p>Lead<section>" puts the section beside the p, not in it).
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol", "pre",
        "search", "section", "summary", "table", "ul", "xmp",
    ];

    private static readonly HashSet<string> ParagraphScope = ["button", "table", "td", "th", "caption", "object", "template", "marquee", "applet", "html"];

    private static readonly HashSet<string> TableScope = ["table", "template", "html"];

    private static readonly HashSet<string> OptionScope = ["select", "datalist", "optgroup"];

    private static readonly HashSet<string> RubyScope = ["ruby"];

    /// <summary><paramref name="html"/> with the tags that would nest deeper than <paramref name="maxDepth"/> removed.</summary>
    public static string Limit(string html, int maxDepth)
    {
        var state = new Scan(html, maxDepth);
        return state.Run();
    }

    private sealed class Scan(string html, int maxDepth)
    {
        private readonly List<string> _stack = [];
        private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _dropped = new(StringComparer.Ordinal);
        private StringBuilder? _kept;
        private int _copiedTo;

        public string Run()
        {
            var i = 0;
            while (i < html.Length)
            {
                var lt = html.IndexOf('<', i);
                if (lt < 0)
                {
                    break;
                }
                i = Tag(lt);
            }
            if (_kept is null)
            {
                return html;
            }
            _kept.Append(html, _copiedTo, html.Length - _copiedTo);
            return _kept.ToString();
        }

        /// <summary>Handles the markup starting at <paramref name="lt"/>; returns where scanning goes on.</summary>
        private int Tag(int lt)
        {
            var rest = html.AsSpan(lt);
            if (rest.StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return end < 0 ? html.Length : end + 3;
            }
            var closing = rest.Length > 1 && rest[1] == '/';
            var nameStart = lt + (closing ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                // "<!DOCTYPE", "<?xml" or a bare "<" in text: nothing that nests.
                return rest.Length > 1 && rest[1] is '!' or '?' ? End(lt) + 1 : lt + 1;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && !char.IsWhiteSpace(html[nameEnd]) && html[nameEnd] is not ('/' or '>'))
            {
                nameEnd++;
            }
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = End(nameEnd);
            if (closing)
            {
                Close(name, lt, tagEnd);
                return tagEnd + 1;
            }
            if (RawTextElements.Contains(name))
            {
                var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : close;
            }
            if (!VoidElements.Contains(name) && html[tagEnd - 1] != '/')
            {
                Open(name, lt, tagEnd);
            }
            return tagEnd + 1;
        }

        private void Open(string name, int lt, int tagEnd)
        {
            if (ClosesParagraph.Contains(name))
            {
                CloseSibling("p");
            }
            if (SelfClosingSiblings.Contains(name))
            {
                CloseSibling(name);
            }
            if (_stack.Count >= maxDepth)
            {
                Drop(lt, tagEnd);
                _dropped[name] = _dropped.GetValueOrDefault(name) + 1;
                return;
            }
            _stack.Add(name);
            _open[name] = _open.GetValueOrDefault(name) + 1;
        }

        /// <summary>Pops the open <paramref name="name"/> a new tag closes implicitly, if one is near the top and in scope.</summary>
        private void CloseSibling(string name)
        {
            if (_open.GetValueOrDefault(name) == 0)
            {
                return;
            }
            var from = Math.Max(0, _stack.Count - SiblingReach);
            var boundaries = BoundariesOf(name);
            for (var i = _stack.Count - 1; i >= from; i--)
            {
                if (_stack[i] == name)
                {
                    PopTo(i);
                    return;
                }
                if (boundaries.Contains(_stack[i]))
                {
                    return;
                }
            }
        }

        private void Close(string name, int lt, int tagEnd)
        {
            // Dropped tags are the deepest, so their end tags come first.
            if (_dropped.GetValueOrDefault(name) > 0)
            {
                _dropped[name]--;
                Drop(lt, tagEnd);
                return;
            }
            if (_open.GetValueOrDefault(name) > 0)
            {
                PopTo(_stack.LastIndexOf(name));
            }
        }

        private void PopTo(int index)
        {
            for (var i = _stack.Count - 1; i >= index; i--)
            {
                _open[_stack[i]]--;
            }
            _stack.RemoveRange(index, _stack.Count - index);
        }

        /// <summary>Leaves html[lt..tagEnd] out of the result.</summary>
        private void Drop(int lt, int tagEnd)
        {
            _kept ??= new StringBuilder(html.Length);
            _kept.Append(html, _copiedTo, lt - _copiedTo);
            _copiedTo = Math.Min(tagEnd + 1, html.Length);
        }

        /// <summary>
        /// The index of the '&gt;' that ends the tag, as the HTML tokenizer finds it: a quote counts only where
        /// an attribute value starts, after '='. The last index when the tag never ends.
        /// </summary>
        private int End(int from)
        {
            for (var i = from; i < html.Length; i++)
            {
                if (html[i] == '>')
                {
                    return i;
                }
                if (html[i] != '=')
                {
                    continue;
                }
                var value = i + 1;
                while (value < html.Length && char.IsWhiteSpace(html[value]))
                {
                    value++;
                }
                if (value < html.Length && html[value] is '"' or '\'')
                {
                    var close = html.IndexOf(html[value], value + 1);
                    if (close < 0)
                    {
                        return html.Length - 1;
                    }
                    i = close;
                }
            }
            return html.Length - 1;
        }
    }
}
