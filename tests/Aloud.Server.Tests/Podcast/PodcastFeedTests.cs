using System.Diagnostics;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Aloud.Server.Podcast;

namespace Aloud.Server.Tests.Podcast;

public sealed class PodcastFeedTests(NarratedArticle narrated) : IClassFixture<NarratedArticle>
{
    private static readonly XNamespace Itunes = PodcastFeedWriter.ItunesNamespace;
    private static readonly XNamespace PodcastNs = PodcastFeedWriter.PodcastNamespace;

    [Fact]
    public async Task The_default_feed_parses_as_rss_and_lists_the_narrated_article()
    {
        var xml = await narrated.App.CreateClient().GetStringAsync("/feeds/default.xml");
        using var reader = XmlReader.Create(new StringReader(xml));
        var feed = SyndicationFeed.Load(reader);

        var item = Assert.Single(feed.Items);
        Assert.Equal(narrated.Title, item.Title.Text);
        Assert.Equal($"aloud:{narrated.Id}", item.Id);
        var enclosure = Assert.Single(item.Links, l => l.RelationshipType == "enclosure");
        Assert.Equal("audio/mpeg", enclosure.MediaType);
        var mp3 = await narrated.App.CreateClient().GetByteArrayAsync(enclosure.Uri.PathAndQuery);
        Assert.Equal(mp3.Length, enclosure.Length); // exact byte length, as Apple requires
    }

    [Fact]
    public async Task The_feed_has_what_apple_podcasts_and_podcasting_2_require()
    {
        var document = XDocument.Parse(await narrated.App.CreateClient().GetStringAsync("/feeds/default.xml"));
        var channel = document.Root!.Element("channel")!;
        var item = channel.Element("item")!;

        Assert.NotNull(channel.Element(Itunes + "image")!.Attribute("href"));
        Assert.Equal("News", channel.Element(Itunes + "category")!.Attribute("text")!.Value);
        Assert.Equal("false", channel.Element(Itunes + "explicit")!.Value);
        Assert.False(string.IsNullOrEmpty(channel.Element(Itunes + "author")!.Value));
        Assert.True(Guid.TryParse(channel.Element(PodcastNs + "guid")!.Value, out _));
        Assert.True(long.Parse(item.Element(Itunes + "duration")!.Value, System.Globalization.CultureInfo.InvariantCulture) > 5);
        Assert.Equal("text/vtt", item.Element(PodcastNs + "transcript")!.Attribute("type")!.Value);
        Assert.Matches(@"^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$", item.Element("pubDate")!.Value);
    }

    [Fact]
    public async Task Xmllint_accepts_the_feed()
    {
        var path = Path.Combine(narrated.App.DataFolder, "feed.xml");
        await File.WriteAllTextAsync(path, await narrated.App.CreateClient().GetStringAsync("/feeds/default.xml"));
        using var xmllint = Process.Start(new ProcessStartInfo("xmllint", ["--noout", path]) { RedirectStandardError = true })!;
        var errors = await xmllint.StandardError.ReadToEndAsync();
        await xmllint.WaitForExitAsync();

        Assert.True(xmllint.ExitCode == 0, errors);
    }

    [Fact]
    public async Task An_unknown_feed_or_page_answers_404_and_the_default_artwork_is_a_1400_pixel_png()
    {
        var client = narrated.App.CreateClient();
        using var unknown = await client.GetAsync("/feeds/nosuch.xml");
        using var page = await client.GetAsync("/feeds/default.xml?page=9");
        var png = await client.GetByteArrayAsync("/feeds/artwork.png");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.Equal(Artwork.Size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(Artwork.Size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void The_show_guid_is_the_uuid5_of_the_feed_url_without_its_scheme()
    {
        // Expected values computed independently with Python's uuid.uuid5 in the podcast namespace.
        Assert.Equal(new Guid("70b95c4d-8c08-5699-bf86-b17516e11a0b"), PodcastGuid.For(new Uri("https://podnews.net/rss")));
        Assert.Equal(new Guid("52e821dc-1ae5-5a0f-b0d7-9bd76b314452"), PodcastGuid.For(new Uri("http://news.example.org/feeds/default.xml/")));
    }
}
