using System.Xml.Linq;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// RSS 2.0 (and the RSS 0.9x/1.0 family, whose items look the same): channel title and link, and for each
/// item guid, link, title, pubDate, dc:creator or author, content:encoded and description.
/// </summary>
internal static class RssFeedParser
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";

    public static bool Handles(XElement root) =>
        root.Name.LocalName is "rss" or "RDF" || root.Name == Rss1 + "channel";

    public static Feed Parse(XElement root, Uri? source)
    {
        var channel = Child(root, "channel") ?? root;
        var link = FeedItemBuilder.Link(Text(channel, "link"), source);
        // RSS 2.0 nests items in the channel; RSS 1.0 makes them the channel's siblings.
        var items = root.Descendants().Where(e => IsRss(e, "item")).Select(item => Item(item, link ?? source)).ToList();
        return new Feed(FeedText.PlainOrNull(Text(channel, "title")), link, items);
    }

    private static FeedItem Item(XElement item, Uri? baseUri)
    {
        var description = Text(item, "description");
        var encoded = item.Element(Content + "encoded")?.Value;
        // In RSS the description is often the whole story; whether it is enough is decided later, by length.
        var html = string.IsNullOrWhiteSpace(encoded) ? description : encoded;
        var guid = Text(item, "guid");
        return FeedItemBuilder.Build(
            guid,
            Text(item, "link") ?? PermalinkGuid(item, guid),
            baseUri,
            FeedText.PlainOrNull(Text(item, "title")),
            FeedDates.Parse(Text(item, "pubDate") ?? item.Element(Dc + "date")?.Value),
            FeedDates.Parse(item.Element(Dc + "modified")?.Value),
            Authors(item),
            html,
            description);
    }

    /// <summary>A guid is the story's URL unless isPermaLink="false".</summary>
    private static string? PermalinkGuid(XElement item, string? guid) =>
        guid is not null && (string?)Child(item, "guid")?.Attribute("isPermaLink") != "false" ? guid : null;

    private static string? Authors(XElement item)
    {
        var creators = item.Elements(Dc + "creator").Select(e => FeedText.Clean(e.Value)).OfType<string>().ToList();
        if (creators.Count > 0) return Bylines.Join(creators);
        // RSS 2.0's author is an e-mail address, often "news@example.com (Mara Quill)": keep the name.
        var author = FeedText.Clean(Text(item, "author"));
        if (author is null) return null;
        var open = author.IndexOf('(', StringComparison.Ordinal);
        return open >= 0 && author.EndsWith(')') ? FeedText.Clean(author[(open + 1)..^1]) : author;
    }

    private static bool IsRss(XElement e, string name) =>
        e.Name.LocalName == name && (e.Name.Namespace == XNamespace.None || e.Name.Namespace == Rss1);

    private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => IsRss(e, name));

    private static string? Text(XElement parent, string name) => Child(parent, name)?.Value;
}
