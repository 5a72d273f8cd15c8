using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class HtmlArticleExtractorTests
{
    private static Article Extract(string html, ExtractionOptions? options = null) =>
        HtmlArticleExtractor.Extract(html, new Uri("https://ledger.example/story"), options);

    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>";

    [Fact]
    public void Fixture_body_is_exactly_the_story_blocks_in_order()
    {
        var article = Extract(HarborFerryFixture.Html);
        Assert.Equal(HarborFerryFixture.ExpectedBlocks, article.Blocks.Select(b => (b.Kind, b.Text)).ToArray());
        Assert.Equal(new Uri("https://ledger.example/story"), article.Url);
    }

    [Fact]
    public void Without_the_body_class_the_article_element_gives_the_same_blocks()
    {
        var html = HarborFerryFixture.Html.Replace("<div class=\"story-body\">", "<div class=\"wrapper\">", StringComparison.Ordinal);
        Assert.Equal(HarborFerryFixture.ExpectedBlocks, Extract(html).Blocks.Select(b => (b.Kind, b.Text)).ToArray());
    }

    [Fact]
    public void Without_article_element_or_body_class_scoring_finds_the_story()
    {
        var html = HarborFerryFixture.Html
            .Replace("<div class=\"story-body\">", "<div class=\"wrapper\">", StringComparison.Ordinal)
            .Replace("<article class=\"story\">", "<div class=\"outer\">", StringComparison.Ordinal)
            .Replace("</article>", "</div>", StringComparison.Ordinal)
            .Replace("<main>", "<div>", StringComparison.Ordinal).Replace("</main>", "</div>", StringComparison.Ordinal);
        Assert.Equal(HarborFerryFixture.ExpectedBlocks, Extract(html).Blocks.Select(b => (b.Kind, b.Text)).ToArray());
    }

    [Fact]
    public void Headline_byline_and_date_repeated_at_the_top_of_the_body_are_not_read_twice()
    {
        var html = "<html><head><meta property='og:title' content='Ferry approved'></head><body><div class='article-body'>"
            + "<p>Ferry approved</p><p>By Priya Okafor, Ledger staff</p><p>Published March 1, 2024 6:30 p.m. EST</p>"
            + "<h2>By the numbers</h2><p>The council voted 7-2 on Thursday to fund the ferry.</p></div></body></html>";
        Assert.Equal(["By the numbers", "The council voted 7-2 on Thursday to fund the ferry."], Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Fixture_drops_promos_furniture_hidden_text_and_headline()
    {
        var body = Extract(HarborFerryFixture.Html).BodyText;
        foreach (var unwanted in new[]
        {
            "listen", "NEW", "CLICK HERE", "Advertisement", "hidden sentence", "Neither", "decorative", "BRIDGE",
            "Read more", "Trending", "Storm", "Island school", "Copyright", "Home", "Sign in", "Ferry Council",
            "Council backs", "The service will run", "Priya", "Commuters",
        })
        {
            Assert.DoesNotContain(unwanted, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Captions_are_kept_only_when_asked_for_and_without_photo_credit()
    {
        Assert.DoesNotContain(Extract(HarborFerryFixture.Html).Blocks, b => b.Kind == BlockKind.Caption);
        var blocks = Extract(HarborFerryFixture.Html, new ExtractionOptions { IncludeCaptions = true }).Blocks;
        var caption = Assert.Single(blocks, b => b.Kind == BlockKind.Caption);
        Assert.Equal(HarborFerryFixture.Caption, caption.Text);
        Assert.Equal(BlockKind.Caption, blocks[2].Kind); // in document order, after the second paragraph
    }

    [Fact]
    public void Class_caption_element_is_a_caption()
    {
        var html = Page("<article><p>First paragraph of the story with enough words to count as prose here.</p>"
            + "<div class='img-wrap'><img src=x><div class='caption'><p>A pier at noon. <span class='copyright'>(Agency)</span></p></div></div>"
            + "<p>Second paragraph of the story, also long enough to be prose.</p></article>");
        Assert.Equal(2, Extract(html).Blocks.Count);
        var blocks = Extract(html, new ExtractionOptions { IncludeCaptions = true }).Blocks;
        Assert.Equal(new ArticleBlock(BlockKind.Caption, "A pier at noon."), blocks[1]);
    }

    [Fact]
    public void Credit_line_is_kept_by_default_and_can_be_switched_off()
    {
        Assert.Equal(BlockKind.Credit, Extract(HarborFerryFixture.Html).Blocks[^1].Kind);
        var blocks = Extract(HarborFerryFixture.Html, new ExtractionOptions { IncludeCredits = false }).Blocks;
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKind.Credit || b.Text.Contains("contributed", StringComparison.Ordinal));
    }

    [Fact]
    public void Credit_line_is_recognised_by_text_without_a_class()
    {
        var html = Page("<article><p>The story itself, told in one plain sentence of reasonable length.</p>"
            + "<p>The Associated Press contributed to this report.</p></article>");
        Assert.Equal(BlockKind.Credit, Extract(html).Blocks[^1].Kind);
    }

    [Theory]
    [InlineData("header")]
    [InlineData("shadow")]
    [InlineData("download-link")]
    [InlineData("loader")]
    [InlineData("thread-head")]
    [InlineData("leading")]
    public void Class_names_containing_ad_as_letters_are_not_ads(string cssClass)
    {
        var html = Page($"<article><p>Opening paragraph of a story, long enough to be prose.</p><div class='{cssClass}'><p>Kept paragraph.</p></div></article>");
        Assert.Contains(Extract(html).Blocks, b => b.Text == "Kept paragraph.");
    }

    [Theory]
    [InlineData("ad")]
    [InlineData("ad-slot")]
    [InlineData("adSlot")]
    [InlineData("top_ad")]
    [InlineData("newsletter-signup")]
    [InlineData("related-links")]
    [InlineData("social-share")]
    [InlineData("trending")]
    [InlineData("recommended")]
    [InlineData("breadcrumbs")]
    [InlineData("comments")]
    [InlineData("listen-promo")]
    [InlineData("photo-credit")]
    [InlineData("copyright")]
    [InlineData("tags")]
    public void Furniture_class_names_are_dropped(string cssClass)
    {
        var html = Page($"<article><p>Opening paragraph of a story, long enough to be prose.</p><div class='{cssClass}'><p>Furniture text.</p></div></article>");
        Assert.DoesNotContain(Extract(html).Blocks, b => b.Text == "Furniture text.");
    }

    [Theory]
    [InlineData("<nav><p>Furniture text.</p></nav>")]
    [InlineData("<aside><p>Furniture text.</p></aside>")]
    [InlineData("<footer><p>Furniture text.</p></footer>")]
    [InlineData("<form><p>Furniture text.</p></form>")]
    [InlineData("<noscript><p>Furniture text.</p></noscript>")]
    [InlineData("<div id='sidebar'><p>Furniture text.</p></div>")]
    [InlineData("<div style='display:none'><p>Furniture text.</p></div>")]
    [InlineData("<div style='visibility: hidden'><p>Furniture text.</p></div>")]
    public void Furniture_elements_and_hidden_elements_are_dropped(string furniture)
    {
        var html = Page($"<article><p>Opening paragraph of a story, long enough to be prose.</p>{furniture}<p>Closing paragraph.</p></article>");
        var blocks = Extract(html).Blocks;
        Assert.Equal(2, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Furniture", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrapper_with_a_misleading_class_holding_the_story_is_not_dropped()
    {
        var html = Page("<div class='layout has-sidebar'><article><p>" + string.Join(" ", Enumerable.Repeat("Real story text, long enough.", 12))
            + "</p></article></div>");
        Assert.Single(Extract(html).Blocks);
    }
}
