using System.Xml.Linq;

namespace Aloud.Server.Tests.Podcast;

public sealed class PodcastPagingTests
{
    private static readonly XNamespace Atom = Aloud.Server.Podcast.PodcastFeedWriter.AtomNamespace;

    [Fact]
    public async Task A_long_feed_pages_newest_first_with_links_between_pages()
    {
        using var app = new AloudAppFactory(new() { ["Aloud:Podcast:PageSize"] = "1", ["Aloud:PublicUrl"] = "https://audio.example.org" });
        var first = await app.PostAsync(new { html = Samples.Page("Older story", [Samples.Paragraph(0)]).Replace("<title>", "<meta property=\"article:published_time\" content=\"2026-11-01T08:00:00Z\"><title>", StringComparison.Ordinal) });
        var second = await app.PostAsync(new { html = Samples.Page("Newer story", [Samples.Paragraph(1)]).Replace("<title>", "<meta property=\"article:published_time\" content=\"2026-11-02T08:00:00Z\"><title>", StringComparison.Ordinal) });
        await app.WaitForAsync(first);
        await app.WaitForAsync(second);
        var client = app.CreateClient();

        var page1 = XDocument.Parse(await client.GetStringAsync("/feeds/default.xml"));
        var page2 = XDocument.Parse(await client.GetStringAsync("/feeds/default.xml?page=2"));

        Assert.Equal("Newer story", page1.Descendants("item").Single().Element("title")!.Value);
        Assert.Equal("Older story", page2.Descendants("item").Single().Element("title")!.Value);
        string Link(XDocument feed, string rel) => feed.Descendants(Atom + "link").Single(l => l.Attribute("rel")!.Value == rel).Attribute("href")!.Value;
        Assert.Equal("https://audio.example.org/feeds/default.xml?page=2", Link(page1, "next"));
        Assert.Equal("https://audio.example.org/feeds/default.xml", Link(page2, "previous"));
        Assert.StartsWith("https://audio.example.org/audio/", page1.Descendants("enclosure").Single().Attribute("url")!.Value, StringComparison.Ordinal);
    }
}
