using Aloud.Ingest;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Aloud.Tests.Ingest;

/// <summary>
/// Deep markup is cut to a bounded depth before parsing, so the parser's per-tag work (a scan of the open
/// elements) and every later walk are bounded: the work is linear in the page, whatever its nesting.
/// </summary>
public class HtmlNestingLimiterTests
{
    private const int Limit = HtmlArticleExtractor.MaxNesting;

    private static string Nest(int depth, params string[] tags) =>
        string.Concat(Enumerable.Range(0, depth).Select(i => $"<{tags[i % tags.Length]}>")) + "Deep words."
        + string.Concat(Enumerable.Range(0, depth).Reverse().Select(i => $"</{tags[i % tags.Length]}>"));

    private static int DepthOf(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var deepest = 0;
        var stack = new Stack<(IElement Element, int Depth)>([(document.DocumentElement, 1)]);
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            deepest = Math.Max(deepest, depth);
            foreach (var child in element.Children)
            {
                stack.Push((child, depth + 1));
            }
        }
        return deepest;
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b", "em", "strong")]
    [InlineData("span", "div")]
    public void Two_hundred_thousand_levels_parse_to_a_bounded_depth(params string[] tags)
    {
        var html = "<html><body>" + Nest(200_000, tags) + "</body></html>";
        var limited = HtmlNestingLimiter.Limit(html, Limit);
        // html, body and the few elements a parser adds on its own (tbody, p) over the limit, no more.
        Assert.InRange(DepthOf(limited), Limit, Limit + 8);
        Assert.Contains("Deep words.", limited);
    }

    [Fact]
    public void A_page_within_the_limit_comes_back_unchanged()
    {
        var html = HarborFerryFixture.Html;
        Assert.Same(html, HtmlNestingLimiter.Limit(html, Limit));
    }

    [Fact]
    public void Unclosed_paragraphs_and_list_items_are_siblings_not_nesting()
    {
        var html = "<body><div>" + string.Concat(Enumerable.Repeat("<p>One more <b>paragraph</b>", 2_000))
            + "<ul>" + string.Concat(Enumerable.Repeat("<li>item", 2_000)) + "</ul></div><br><img src=x></body>";
        Assert.Same(html, HtmlNestingLimiter.Limit(html, 16));
    }

    [Theory]
    [InlineData("<aside><ul><li>Trending story")]           // found by fuzzing: each li is in a new list, so it nests
    [InlineData("<ol><li><a href=\"/x\">Ferry fares")]
    [InlineData("<dl><dt>Term<dd><blockquote><dd>Said")]
    public void Siblings_in_a_new_list_or_block_are_nesting_and_are_bounded(string unit)
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat(unit, 20_000)) + "</body></html>";
        Assert.InRange(DepthOf(HtmlNestingLimiter.Limit(html, Limit)), 1, Limit + 8);
    }

    [Fact]
    public void Markup_in_scripts_comments_and_attributes_opens_nothing()
    {
        var divs = string.Concat(Enumerable.Repeat("<div>", 100));
        var html = $"<body><script>var s = '{divs}';</script><!-- {divs} --><a title=\"{divs.Replace("<", "&lt;", StringComparison.Ordinal)} > <div>\">link</a><textarea>{divs}</textarea></body>";
        Assert.Same(html, HtmlNestingLimiter.Limit(html, 8));
    }

    [Fact]
    public void Dropped_tags_lose_their_end_tags_too()
    {
        var limited = HtmlNestingLimiter.Limit("<div><div><div><i>x</i></div></div></div><p>after</p>", 2);
        Assert.Equal("<div><div>x</div></div><p>after</p>", limited);
    }
}
