using System.Text;
using Aloud.Ingest;
using Aloud.Ingest.Feeds;

namespace Aloud.Tests.Ingest.Feeds;

public class FeedItemArticleTests
{
    private static IReadOnlyList<FeedItem> Items() =>
        FeedReader.Parse(Encoding.UTF8.GetBytes(FeedFixtures.Rss()), null, new Uri("https://gazette.example/feed.xml")).Items;

    [Fact]
    public void Full_content_becomes_an_article_with_the_items_metadata()
    {
        var bridge = Items()[0];
        Assert.True(FeedItemArticle.HasFullText(bridge));
        var article = FeedItemArticle.FromContent(bridge);
        Assert.NotNull(article);
        Assert.Equal("Footbridge to reopen after three years", article.Title);
        Assert.Equal("Mara Quill", article.Byline);
        Assert.Equal(bridge.Published, article.Published);
        Assert.Equal(bridge.Link, article.Url);
        Assert.Equal(3, article.Blocks.Count);
        Assert.StartsWith("The Millbrook town council voted", article.Blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_is_not_an_article()
    {
        var library = Items()[1];
        Assert.False(FeedItemArticle.HasFullText(library));
        Assert.Null(FeedItemArticle.FromContent(library));
    }

    [Fact]
    public async Task The_resolver_reads_the_linked_page_for_a_teaser()
    {
        var page = "<html><head><title>Library hours</title></head><body><article>" + FeedFixtures.LongStory + "</article></body></html>";
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, page, ["Content-Type: text/html"]));
        var teaser = Items()[1] with { Link = server.Url("/news/library") };
        var resolver = new FeedItemResolver(new SafeHttpFetcher(FeedTestSupport.LoopbackOnly(MediaTypes.PagesAndFeeds)));
        var article = await resolver.ResolveAsync(teaser);
        Assert.Equal("Library hours", article.Title);
        Assert.Equal("Olu Brandt", article.Byline); // the page names no author; the item does
        Assert.Equal(teaser.Published, article.Published);
        Assert.Equal(3, article.Blocks.Count);
    }

    [Fact]
    public async Task The_resolver_uses_full_content_without_fetching()
    {
        // The fetcher would refuse every address, so any fetch would fail the test.
        var resolver = new FeedItemResolver(new SafeHttpFetcher());
        var article = await resolver.ResolveAsync(Items()[0] with { Link = new Uri("http://10.0.0.1/x") });
        Assert.Equal("Footbridge to reopen after three years", article.Title);
    }

    [Fact]
    public async Task A_teaser_without_a_link_is_a_clear_error()
    {
        var resolver = new FeedItemResolver(new SafeHttpFetcher());
        var e = await Assert.ThrowsAsync<AloudInputException>(() => resolver.ResolveAsync(Items()[1] with { Link = null }));
        Assert.Equal("feed item \"Library extends weekend hours\" has no full text and no link to read it from", e.Message);
    }
}
