using System.Text;
using Aloud.Ingest;
using Aloud.Ingest.Feeds;

namespace Aloud.Tests.Ingest.Feeds;

public class FeedReaderTests
{
    private static readonly Uri RssUrl = new("https://gazette.example/feed.xml");

    private static Feed Parse(string text, string? contentType = null, Uri? source = null) =>
        FeedReader.Parse(Encoding.UTF8.GetBytes(text), contentType, source ?? RssUrl);

    [Fact]
    public void Reads_rss_channel_and_items()
    {
        var feed = Parse(FeedFixtures.Rss(), "application/rss+xml");
        Assert.Equal("Millbrook Gazette", feed.Title);
        Assert.Equal(new Uri("https://gazette.example/"), feed.Link);
        Assert.Equal(2, feed.Items.Count);

        var bridge = feed.Items[0];
        Assert.Equal("gazette-1041", bridge.Id);
        Assert.Equal(new Uri("https://gazette.example/news/footbridge"), bridge.Link); // relative, resolved
        Assert.Equal("Footbridge to reopen after three years", bridge.Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 8, 15, 0, TimeSpan.FromHours(2)), bridge.Published);
        Assert.Equal("Mara Quill", bridge.Author);
        Assert.StartsWith("<p>The Millbrook town council", bridge.ContentHtml, StringComparison.Ordinal); // content:encoded preferred
        Assert.Equal("The council votes to reopen the Wren footbridge.", bridge.Summary);
    }

    [Fact]
    public void Rss_without_guid_uses_the_link_and_reads_named_zones_and_author_emails()
    {
        var library = Parse(FeedFixtures.Rss()).Items[1];
        Assert.Equal("https://gazette.example/news/library", library.Id);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 17, 40, 0, TimeSpan.FromHours(-4)), library.Published);
        Assert.Equal("Olu Brandt", library.Author);
        Assert.Equal("The library will open on Sundays from July.", library.ContentHtml); // description stands in
    }

    [Theory]
    [InlineData("Tue, 03 Jun 2025 06:15:00 GMT", "2025-06-03T06:15:00+00:00")]
    [InlineData("03 Jun 2025 06:15 -0500", "2025-06-03T06:15:00-05:00")]
    [InlineData("Sat, 31 May 2025 23:59:59 PST", "2025-05-31T23:59:59-08:00")]
    [InlineData("2025-06-03T06:15:00Z", "2025-06-03T06:15:00+00:00")]
    public void Feed_dates_are_parsed(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData("someday")]
    [InlineData("Tue, 31 Feb 2025 06:15:00 GMT")]
    public void Unreadable_dates_are_null(string text) => Assert.Null(FeedDates.Parse(text));

    [Fact]
    public void Reads_atom_entries()
    {
        var feed = Parse(FeedFixtures.Atom, "application/atom+xml", new Uri("https://notes.example/atom.xml"));
        Assert.Equal("Harbor Notes", feed.Title);
        Assert.Equal(new Uri("https://notes.example/"), feed.Link);

        var ferry = feed.Items[0];
        Assert.Equal("tag:notes.example,2025:ferry", ferry.Id);
        Assert.Equal("Ferry timetable & fares change", ferry.Title);
        Assert.Equal(new Uri("https://notes.example/2025/ferry"), ferry.Link);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 7, 30, 0, TimeSpan.FromHours(1)), ferry.Published);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 8, 45, 0, TimeSpan.FromHours(1)), ferry.Updated);
        Assert.Equal("Ines Varga", ferry.Author);
        Assert.Contains("<em", ferry.ContentHtml, StringComparison.Ordinal);
        Assert.Equal("The morning ferry leaves earlier.", FeedText.ToPlain(ferry.ContentHtml));
        Assert.Equal("Fares rise by ten cents.", ferry.Summary);

        var lighthouse = feed.Items[1];
        Assert.Equal("Harbor Desk", lighthouse.Author); // the feed's author
        Assert.Equal(new Uri("https://notes.example/2025/lighthouse"), lighthouse.Link);
        Assert.Null(lighthouse.Published);
        Assert.Equal("<p>Visitors may climb the tower.</p>\n<p>Tickets are free.</p>", lighthouse.ContentHtml);
    }

    [Fact]
    public void Reads_json_feed()
    {
        var feed = Parse(FeedFixtures.JsonFeed, "application/feed+json", new Uri("https://weather.example/feed.json"));
        Assert.Equal("Valley Weather Log", feed.Title);
        var hail = feed.Items[0];
        Assert.Equal("wx-77", hail.Id);
        Assert.Equal("Petra Lund and Sam Oduya", hail.Author);
        Assert.Equal(new DateTimeOffset(2025, 6, 5, 14, 20, 0, TimeSpan.FromHours(-5)), hail.Published);
        Assert.Equal("Brief hail storm.", hail.Summary);
        var dry = feed.Items[1];
        Assert.Equal("78", dry.Id);
        Assert.Null(dry.Link);
        Assert.Equal("<p>No rain is expected.</p>\n<p>Farmers are watering early.</p>", dry.ContentHtml);
    }

    [Fact]
    public void Json_is_recognised_without_a_content_type()
    {
        Assert.Equal(2, Parse(FeedFixtures.JsonFeed).Items.Count);
    }

    [Fact]
    public void Items_without_id_or_link_get_a_content_hash_id_and_hashes_ignore_markup()
    {
        var rss = """<rss version="2.0"><channel><title>T</title><item><title>A  story</title><description>&lt;p&gt;Same words&lt;/p&gt;</description></item></channel></rss>""";
        var item = Parse(rss).Items[0];
        Assert.StartsWith("sha256:", item.Id, StringComparison.Ordinal);
        Assert.Equal(item.Id, Parse(rss).Items[0].Id);
        var reformatted = item with { ContentHtml = "<div>Same\n  words</div>" };
        Assert.Equal(item.ContentHash, reformatted.ContentHash);
        Assert.NotEqual(item.ContentHash, (item with { ContentHtml = "<p>Other words</p>" }).ContentHash);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1252\"?>", null)]
    [InlineData("", null)]
    [InlineData("", "application/rss+xml; charset=windows-1252")]
    public void Windows_1252_feeds_are_decoded(string declaration, string? contentType)
    {
        var bytes = Encoding.Latin1.GetBytes(declaration + "<rss><channel><title>Caf\u00e9 \u00e0 la une</title></channel></rss>");
        Assert.Equal("Caf\u00e9 \u00e0 la une", FeedReader.Parse(bytes, contentType, RssUrl).Title);
    }

    [Fact]
    public void Rss_labelled_as_html_is_still_read()
    {
        Assert.Equal("Millbrook Gazette", Parse(FeedFixtures.Rss(), "text/html; charset=utf-8").Title);
    }

    [Fact]
    public void Malformed_xml_is_a_clear_error()
    {
        var e = Assert.Throws<AloudInputException>(() => Parse("<rss><channel><title>Broken</channel></rss>"));
        Assert.StartsWith($"malformed feed {RssUrl}:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_clear_error()
    {
        var e = Assert.Throws<AloudInputException>(() => Parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "application/feed+json"));
        Assert.StartsWith("malformed feed", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>Hi</p></body></html>", null, "is a web page")]
    [InlineData("<html><body><p>Hi<br></p></body></html>", "text/html", "is a web page")]
    [InlineData("<opml version=\"2.0\"><body/></opml>", "text/xml", "with a <opml> root")]
    [InlineData("{\"title\": \"just json\"}", "application/json", "not a JSON Feed")]
    [InlineData("[1, 2, 3]", null, "not a JSON Feed")]
    [InlineData("plain words, no markup", null, "neither XML (RSS, Atom) nor JSON")]
    [InlineData("\"a json string\"", "application/json", "not a JSON Feed")]
    public void Other_documents_are_not_feeds(string text, string? contentType, string reason)
    {
        var e = Assert.Throws<AloudInputException>(() => Parse(text, contentType));
        Assert.StartsWith("not a feed:", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversize_feeds_are_refused()
    {
        var big = FeedFixtures.Rss(FeedFixtures.LongStory + new string('x', 50_000));
        var bytes = Encoding.UTF8.GetBytes(big);
        var e = Assert.Throws<AloudInputException>(() => FeedReader.Parse(bytes, null, RssUrl, maxCharacters: 20_000));
        Assert.StartsWith("too large:", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<AloudInputException>(() => FeedReader.Parse(bytes, null, RssUrl, maxCharacters: 10_000));
        Assert.StartsWith("too large:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": {\"id\": \"1\"}}")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": \"none\"}")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\"}")]
    public void A_json_feed_whose_items_are_not_a_list_is_an_error_not_an_empty_feed(string json)
    {
        var e = Assert.Throws<AloudInputException>(() => Parse(json, "application/feed+json"));
        Assert.Equal($"malformed feed {RssUrl}: \"items\" must be a list", e.Message);
    }

    [Fact]
    public void An_empty_items_list_is_an_empty_feed() =>
        Assert.Empty(Parse("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": []}").Items);

    [Theory]
    [InlineData("not json at all", "application/feed+json")]
    [InlineData("hello", "application/json")]
    public void Non_json_labelled_json_gets_a_json_error_not_an_xml_one(string text, string contentType)
    {
        var e = Assert.Throws<AloudInputException>(() => Parse(text, contentType));
        Assert.StartsWith($"malformed feed {RssUrl}: invalid JSON at line 1, byte ", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root level", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Rss_labelled_as_json_is_still_read() =>
        Assert.Equal("Millbrook Gazette", Parse(FeedFixtures.Rss(), "application/json").Title);
}
