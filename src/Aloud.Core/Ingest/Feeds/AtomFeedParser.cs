using System.Xml.Linq;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// Atom (RFC 4287): feed title and alternate link, and for each entry id, alternate link, title, published,
/// updated, author names (the feed's when the entry has none), content and summary.
/// </summary>
internal static class AtomFeedParser
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static bool Handles(XElement root) => root.Name == Atom + "feed";

    public static Feed Parse(XElement root, Uri? source)
    {
        var link = AlternateLink(root, source);
        var feedAuthor = Authors(root);
        var items = root.Elements(Atom + "entry").Select(entry => Entry(entry, link ?? source, feedAuthor)).ToList();
        return new Feed(FeedText.PlainOrNull(AtomText.Html(root.Element(Atom + "title"))), link, items);
    }

    private static FeedItem Entry(XElement entry, Uri? baseUri, string? feedAuthor)
    {
        var content = entry.Element(Atom + "content");
        // Content with src lives elsewhere; the alternate link is the better page to read then.
        var html = content?.Attribute("src") is null ? AtomText.Html(content) : null;
        return FeedItemBuilder.Build(
            entry.Element(Atom + "id")?.Value,
            AlternateLink(entry, baseUri)?.AbsoluteUri,
            baseUri,
            FeedText.PlainOrNull(AtomText.Html(entry.Element(Atom + "title"))),
            FeedDates.Parse(entry.Element(Atom + "published")?.Value),
            FeedDates.Parse(entry.Element(Atom + "updated")?.Value),
            Authors(entry) ?? feedAuthor,
            html,
            AtomText.Html(entry.Element(Atom + "summary")));
    }

    private static Uri? AlternateLink(XElement parent, Uri? baseUri)
    {
        var links = parent.Elements(Atom + "link").ToList();
        // rel defaults to "alternate"; an HTML one is preferred over, say, an audio enclosure's page.
        var alternate = links.Where(l => ((string?)l.Attribute("rel") ?? "alternate") == "alternate")
            .OrderBy(l => ((string?)l.Attribute("type"))?.Contains("html", StringComparison.OrdinalIgnoreCase) == true ? 0 : 1)
            .FirstOrDefault();
        return FeedItemBuilder.Link((string?)alternate?.Attribute("href"), baseUri);
    }

    private static string? Authors(XElement parent)
    {
        var names = parent.Elements(Atom + "author")
            .Select(a => FeedText.Clean(a.Element(Atom + "name")?.Value)).OfType<string>().ToList();
        return names.Count == 0 ? null : Bylines.Join(names);
    }
}
