using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Walks the body container(s) in document order and turns them into blocks: p, h2-h6, blockquote and li
/// elements, plus loose text between them (pages that use &lt;br&gt; instead of paragraphs). Furniture is
/// skipped by <see cref="BoilerplateRules"/> and each block's text is vetted by <see cref="BlockFilter"/>.
/// </summary>
internal sealed class BlockCollector(BoilerplateRules rules, BlockFilter filter, ExtractionOptions options, PageAnalysis page)
{
    private readonly record struct Work(IElement? Element, List<INode>? Run, bool InQuote);

    private static readonly HashSet<string> HeadingTags = ["h2", "h3", "h4", "h5", "h6"];

    private int _containerChars;

    // The containers still to walk after the current one, and whether a release's end marker has ended the story.
    private IReadOnlyList<IElement> _later = [];
    private bool _ended;

    public IReadOnlyList<ArticleBlock> Collect(IReadOnlyList<IElement> containers)
    {
        var blocks = new List<ArticleBlock>();
        for (var i = 0; i < containers.Count && !_ended; i++)
        {
            var container = containers[i];
            _containerChars = Visible(container.TextContent);
            _later = containers.Skip(i + 1).ToList();
            var stack = new Stack<Work>();
            PushChildren(stack, container, inQuote: false);
            Walk(stack, blocks, container);
        }
        return blocks;
    }

    private void Walk(Stack<Work> stack, List<ArticleBlock> blocks, IElement container)
    {
        while (stack.Count > 0 && !_ended)
        {
            var (element, run, inQuote) = stack.Pop();
            if (run is not null)
            {
                if (IsStoryEnd(run, run[^1], blocks, container)) { _ended = true; continue; } // "ENDS" between <br> lines
                if (LinkedLines.IsFurniture(run, SkipInBody)) continue; // a read-also line, a pitch and its button, a signpost
                if (IsLoneKicker(run)) continue; // a <span> label over the headline, loose among the article's blocks
                filter.Add(blocks, inQuote ? BlockKind.Quote : BlockKind.Paragraph, InlineText.Gather(run, SkipInBody), null);
                continue;
            }
            var e = element!;
            var why = rules.Judge(e);
            if (PageAnalysis.IsOutvoted(why, e) && (HoldsMostOfContainer(e) || page.Paragraphs.HoldsMostOfStory(e))) why = Exclusion.None;
            if (why == Exclusion.Caption)
            {
                if (options.IncludeCaptions) filter.Add(blocks, BlockKind.Caption, InlineText.Gather([e], Skip), e);
                continue;
            }
            if (why == Exclusion.ByTag && e.LocalName == "figure" && options.IncludeCaptions)
            {
                // A figure is furniture, but its caption is what a publisher asking for captions wants.
                foreach (var caption in e.QuerySelectorAll("figcaption, [class*=caption]").Where(BoilerplateRules.IsCaption))
                    filter.Add(blocks, BlockKind.Caption, InlineText.Gather([caption], Skip), caption);
                continue;
            }
            if (why != Exclusion.None) continue;
            if (!e.Children.Any(c => !InlineText.IsInline(c)) && IsStoryEnd([e], e, blocks, container)) { _ended = true; continue; }
            if (ClosingSections.Opens(e, blocks)) { stack.Clear(); continue; } // notes to editors, comments: the story is over

            var name = e.LocalName;
            if (name == "header" && IsPostHeader(e))
            {
                // A live blog's update opens with its own header: a time and the update's headline, which is story.
                foreach (var heading in e.QuerySelectorAll("h2, h3, h4, h5, h6"))
                    filter.Add(blocks, BlockKind.Heading, InlineText.Gather([heading], SkipInBody), heading);
                continue;
            }
            if (name == "h1" || (name == "header" && IsArticleHeader(e))) continue; // headline and byline are metadata
            if (Kickers.IsKicker(e) || ControlBoxes.IsPromptWithControls(e)) continue; // a label over the headline; a widget's prompt
            // A deck beside the headline, not a paragraph; inside the story, after its first paragraph, a subhead.
            if ((HeadingTags.Contains(name) || name is "p" or "div") && IsDisplaySubtitle(e) && !blocks.Any(b => b.Kind == BlockKind.Paragraph)) continue;
            // <p>one<br><br>two</p>: two paragraphs, as the page shows them. A quoted post stays one quote, so that
            // whether the story repeats it is judged on the whole post, signature and all.
            if (name == "p" && !inQuote && BreaksIntoParagraphs(e))
                PushChildren(stack, e, inQuote);
            else if ((name == "p" && LinkedLines.IsFurniture(e.ChildNodes, SkipInBody)) || CodeBlocks.IsTerminalSession(e))
                continue; // a read-also line or a pitch with its button; a terminal session
            else if (name is "p" or "pre" or "dt" or "dd")
                filter.Add(blocks, inQuote ? BlockKind.Quote : BlockKind.Paragraph, InlineText.Gather([e], SkipInBody), e);
            else if (HeadingTags.Contains(name))
                filter.Add(blocks, BlockKind.Heading, InlineText.Gather([e], SkipInBody), e);
            else if (name == "li")
            {
                // The item's own text first, then any nested list as items of their own.
                var nested = e.Children.Where(c => c.LocalName is "ul" or "ol").ToList();
                filter.Add(blocks, BlockKind.ListItem, InlineText.Gather([e], c => SkipInBody(c) || nested.Contains(c)), e);
                for (var i = nested.Count - 1; i >= 0; i--) stack.Push(new Work(nested[i], null, inQuote));
            }
            else if (name == "tr" && DataRows.IsDataRow(e))
                filter.Add(blocks, BlockKind.Paragraph, DataRows.Gather(e, SkipInBody), e);
            else if (name == "blockquote" && !e.Children.Any(c => !InlineText.IsInline(c)))
                filter.Add(blocks, BlockKind.Quote, InlineText.Gather([e], SkipInBody), e);
            else if (name is "div" or "section" && IsLabelledLinkBox(e))
                continue; // "Related Story", "Tin liên quan", "Also from this source": the label goes with its links
            else
                PushChildren(stack, e, inQuote || name == "blockquote");
        }
    }

    /// <summary>
    /// A press release's end marker ("ENDS", "###", "- 30 -", <see cref="EndMarkers"/>) with less text after it than the
    /// story before it: the release ends there, and the notes to editors, contacts and downloads after it are not read.
    /// A marker with more after it than before is a break inside a longer text, and the text goes on.
    /// </summary>
    private bool IsStoryEnd(IReadOnlyList<INode> nodes, INode last, List<ArticleBlock> blocks, IElement container)
    {
        var text = string.Concat(nodes.Select(n => n.TextContent));
        if (text.Length > MaxMarkerChars || !EndMarkers.IsEndMarker(TextClean.Collapse(text))) return false;
        var before = blocks.Sum(b => Visible(b.Text));
        var after = _later.Sum(c => Visible(c.TextContent));
        for (var node = last; node is not null && node != container; node = node.Parent)
        {
            for (var next = node.NextSibling; next is not null; next = next.NextSibling)
                after += next is IElement sibling && rules.Judge(sibling) != Exclusion.None ? 0 : Visible(next.TextContent);
        }
        return before > 0 && after < before;
    }

    /// <summary>A run that is one inline element and blank text around it, the element a kicker (<see cref="Kickers"/>).</summary>
    private static bool IsLoneKicker(List<INode> run)
    {
        var shown = run.Where(n => n is IElement || !string.IsNullOrWhiteSpace(n.TextContent)).Take(2).ToList();
        return shown is [IElement only] && Kickers.IsKicker(only);
    }

    // Longer than this (whitespace and all) a block is not a marker alone.
    private const int MaxMarkerChars = 64;

    /// <summary>
    /// Queues a container's children in order: block elements one by one, consecutive inline nodes as one
    /// run (split at a double line break, the &lt;br&gt;&lt;br&gt; paragraph of older pages).
    /// </summary>
    private static void PushChildren(Stack<Work> stack, IElement parent, bool inQuote)
    {
        var items = new List<Work>();
        List<INode>? run = null;
        var breaks = 0;
        foreach (var child in Flattened(parent))
        {
            if (InlineText.IsInline(child))
            {
                if (child is IElement { LocalName: "br" })
                {
                    // One break is a line break inside a paragraph; two end it.
                    if (++breaks >= 2 && run is not null) { items.Add(new Work(null, run, inQuote)); run = null; }
                    if (breaks >= 2) continue;
                }
                else if (child.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(child.TextContent))
                {
                    breaks = 0;
                }
                (run ??= []).Add(child);
                continue;
            }
            if (run is not null) { items.Add(new Work(null, run, inQuote)); run = null; }
            breaks = 0;
            if (child is IElement element) items.Add(new Work(element, null, inQuote));
        }
        if (run is not null) items.Add(new Work(null, run, inQuote));
        for (var i = items.Count - 1; i >= 0; i--) stack.Push(items[i]);
    }

    /// <summary>
    /// The parent's child nodes, with an inline wrapper that holds paragraph breaks opened up in place: an old page sets
    /// its whole story in one &lt;font&gt; split by &lt;br&gt;&lt;br&gt;, and read as one inline run it would be one paragraph.
    /// </summary>
    private static List<INode> Flattened(IElement parent)
    {
        var nodes = new List<INode>();
        var pending = new Stack<INode>();
        for (var i = parent.ChildNodes.Length - 1; i >= 0; i--) pending.Push(parent.ChildNodes[i]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is IElement { LocalName: not "a" } wrapper && InlineText.IsInline(wrapper) && HoldsParagraphBreak(wrapper))
            {
                for (var i = wrapper.ChildNodes.Length - 1; i >= 0; i--) pending.Push(wrapper.ChildNodes[i]);
                continue;
            }
            nodes.Add(node);
        }
        return nodes;
    }

    /// <summary>Whether a paragraph's text (inline wrappers opened up) holds a paragraph break.</summary>
    private static bool BreaksIntoParagraphs(IElement paragraph) =>
        paragraph.QuerySelector("br") is not null && HasDoubleBreak(Flattened(paragraph));

    /// <summary>Two &lt;br&gt; children with nothing but whitespace between them: where an old page ends a paragraph.</summary>
    private static bool HoldsParagraphBreak(IElement element) => HasDoubleBreak(element.ChildNodes);

    private static bool HasDoubleBreak(IEnumerable<INode> nodes)
    {
        var breaks = 0;
        foreach (var child in nodes)
        {
            if (child is IElement { LocalName: "br" }) { if (++breaks >= 2) return true; }
            else if (child.NodeType != NodeType.Text || !string.IsNullOrWhiteSpace(child.TextContent)) breaks = 0;
        }
        return false;
    }

    /// <summary>
    /// A box of links to other pages under a short label of its own ("Related Story", "อ่านข่าวที่เกี่ยวข้อง", "Also from
    /// this source"): each link is dropped as a teaser, so without this its label would be left behind, read alone.
    /// </summary>
    private bool IsLabelledLinkBox(IElement box)
    {
        // The page's own measures (furniture left out), so nested boxes cost nothing more to judge.
        var stats = page.StatsOf(box);
        return stats.LinkChars >= MinLinkBoxChars && stats.ContentChars <= MaxLinkBoxLabelChars && stats.LinkChars >= stats.ContentChars * 3;
    }

    // A link box's links say at least this much (visible characters); its label at most this much.
    private const int MinLinkBoxChars = 40;
    private const int MaxLinkBoxLabelChars = 40;

    /// <summary>Elements left out of a block's text: any furniture (a copyright span inside a caption, say).</summary>
    private bool Skip(IElement element) => rules.Judge(element) is not (Exclusion.None or Exclusion.Caption);

    /// <summary>
    /// Elements left out of body text: furniture, captions too, and link boxes glued into a sentence. A gallery
    /// item (&lt;li&gt;) or a paragraph wrapping a photo caption would otherwise read the caption as story text.
    /// </summary>
    private bool SkipInBody(IElement element)
    {
        var why = rules.Judge(element);
        if (why == Exclusion.ByName && InlineText.IsInline(element) && (IsInsideSentence(element) || IsDateline(element))) return false;
        return why != Exclusion.None || GluedLinks.IsLinkBox(element);
    }

    /// <summary>
    /// An inline element with a furniture-sounding class ("meta-loc") between words of one sentence: "plans to reverse
    /// its position on &lt;a class=meta-loc&gt;Sudan&lt;/a&gt; and lift". Leaving it out would cut the sentence, so its
    /// class cannot outvote the words around it: text before it that does not end a sentence, and text after it that
    /// goes on in lower case or with a comma.
    /// </summary>
    private static bool IsInsideSentence(IElement element)
    {
        var before = element.PreviousSibling?.TextContent.TrimEnd();
        var after = element.NextSibling?.TextContent.TrimStart();
        return element.TextContent.Length <= 80 && !string.IsNullOrEmpty(before) && !string.IsNullOrEmpty(after)
            && (char.IsLetterOrDigit(before[^1]) || before[^1] is ',' or ';')
            && (char.IsLower(after[0]) || after[0] is ',' or ';' or ')' || after[0] == '.' && after.Length <= 2);
    }

    /// <summary>A dateline opening a paragraph ("&lt;span class=dateline&gt;CAIRO —&lt;/span&gt; Gunmen..."): the story's first words.</summary>
    private static bool IsDateline(IElement element)
    {
        var text = element.TextContent.Trim();
        return element.PreviousSibling is null or { NodeType: NodeType.Text } && string.IsNullOrWhiteSpace(element.PreviousSibling?.TextContent)
            && text.Length is > 2 and <= 60 && text[^1] is '\u2014' or '\u2013' && element.NextSibling is { NodeType: NodeType.Text };
    }

    /// <summary>
    /// A header inside the body that opens one update of a live blog: a sub-heading and no headline (h1), byline or
    /// author, so it is not the article's own header.
    /// </summary>
    private static bool IsPostHeader(IElement header) =>
        header.QuerySelector("h1, [rel=author], [class*=byline], [class*=author]") is null && header.QuerySelector("h2, h3, h4, h5, h6") is not null
        && header.ParentElement is { } post && post.ParentElement?.Children.Count(c => c.LocalName == post.LocalName && c.Children.Any(x => x.LocalName == "header")) >= 2;

    // The deck in Spanish and Italian papers ("nota-sumario", "bajada", "sommario"), and in British ones, where a standfirst
    // or strapline without its stop is a display line under the headline, not the lead.
    private static readonly HashSet<string> DeckWords = ["sumario", "bajada", "sommario", "standfirst", "strapline"];

    /// <summary>A heading or block named as the headline's subtitle or deck ("subtitle", "subheadline", "dek", "sumario", "standfirst") that ends with no stop.</summary>
    private static bool IsDisplaySubtitle(IElement heading)
    {
        var tokens = ClassTokens.Of(heading);
        // "subTitle" splits into "sub" and "title": its lower-cased token names it. The class first: the text is read only then.
        if (!(tokens.HasSubWord("subtitle") || tokens.HasToken("subtitle") || tokens.HasSubWord("subheadline") || tokens.HasSubWord("dek") || tokens.HasSubWord("deck")
            || tokens.SubWords.Any(DeckWords.Contains)))
            return false;
        var text = heading.TextContent.Trim();
        return text.Length > 0 && !SentenceMarks.EndsWithMark(text);
    }

    /// <summary>A class name cannot outvote the text: an "ad-friendly" wrapper holding most of the story stays.</summary>
    private bool HoldsMostOfContainer(IElement element)
    {
        var inside = Visible(element.TextContent);
        return inside > 200 && inside * 10 > _containerChars * 6;
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>An article's own header: it holds the headline, the byline or the date, none of which is body text.</summary>
    internal static bool IsArticleHeader(IElement header) =>
        header.QuerySelector("h1, time, [rel=author], [class*=byline], [class*=author], [class*=date]") is not null;
}
