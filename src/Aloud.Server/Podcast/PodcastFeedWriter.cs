using System.Globalization;
using System.Xml;
using Aloud.Server.Hosting;
using Aloud.Store;

namespace Aloud.Server.Podcast;

/// <summary>One episode of a podcast feed: a narrated article and its published audio.</summary>
public sealed record PodcastEpisode(StoredArticle Article, PublishedAudio Audio);

/// <summary>Where a feed page is and where its neighbours are (RFC 5005 paging).</summary>
public sealed record FeedPage(Uri Self, Uri? Next, Uri? Previous, Uri First, Uri Last);

/// <summary>
/// Writes a podcast RSS 2.0 feed that Apple Podcasts accepts (itunes: author, image, category, explicit, type,
/// owner; each item's enclosure with its exact byte length and type, a stable guid, pubDate, duration) with the
/// Podcasting 2.0 tags (podcast:guid for the show, podcast:transcript pointing at the WebVTT captions).
/// </summary>
public static class PodcastFeedWriter
{
    public const string ItunesNamespace = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string PodcastNamespace = "https://podcastindex.org/namespace/1.0";
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static void Write(Stream output, PodcastOptions channel, string feedTitle, Uri baseUrl, FeedPage page, IReadOnlyList<PodcastEpisode> episodes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channel);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), Async = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "itunes", null, ItunesNamespace);
        xml.WriteAttributeString("xmlns", "podcast", null, PodcastNamespace);
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteStartElement("channel");
        var link = channel.Link ?? baseUrl.ToString();
        var image = channel.ImageUrl ?? new Uri(baseUrl, "/feeds/artwork.png").ToString();
        xml.WriteElementString("title", feedTitle);
        xml.WriteElementString("link", link);
        xml.WriteElementString("description", channel.Description);
        xml.WriteElementString("language", channel.Language);
        xml.WriteElementString("generator", "Aloud");
        xml.WriteElementString("lastBuildDate", Rfc822(episodes.Count > 0 ? episodes.Max(e => e.Audio.Completed) : now));
        AtomLink(xml, "self", page.Self);
        AtomLink(xml, "first", page.First);
        AtomLink(xml, "last", page.Last);
        if (page.Next is { } next) AtomLink(xml, "next", next);
        if (page.Previous is { } previous) AtomLink(xml, "previous", previous);
        xml.WriteStartElement("image");
        xml.WriteElementString("url", image);
        xml.WriteElementString("title", feedTitle);
        xml.WriteElementString("link", link);
        xml.WriteEndElement();
        xml.WriteElementString("itunes", "author", ItunesNamespace, channel.Author);
        xml.WriteElementString("itunes", "summary", ItunesNamespace, channel.Description);
        xml.WriteElementString("itunes", "type", ItunesNamespace, "episodic");
        xml.WriteElementString("itunes", "explicit", ItunesNamespace, channel.Explicit ? "true" : "false");
        xml.WriteStartElement("itunes", "image", ItunesNamespace);
        xml.WriteAttributeString("href", image);
        xml.WriteEndElement();
        xml.WriteStartElement("itunes", "category", ItunesNamespace);
        xml.WriteAttributeString("text", channel.Category);
        xml.WriteEndElement();
        xml.WriteStartElement("itunes", "owner", ItunesNamespace);
        xml.WriteElementString("itunes", "name", ItunesNamespace, channel.Author);
        if (channel.OwnerEmail is { } email) xml.WriteElementString("itunes", "email", ItunesNamespace, email);
        xml.WriteEndElement();
        xml.WriteElementString("podcast", "guid", PodcastNamespace, PodcastGuid.For(page.First).ToString());
        xml.WriteElementString("podcast", "medium", PodcastNamespace, "podcast");
        foreach (var episode in episodes)
        {
            WriteItem(xml, baseUrl, channel, episode);
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteItem(XmlWriter xml, Uri baseUrl, PodcastOptions channel, PodcastEpisode episode)
    {
        var (article, audio) = (episode.Article, episode.Audio);
        var title = string.IsNullOrWhiteSpace(article.Title) ? $"Article {article.Id}" : article.Title;
        var format = audio.Files.ContainsKey("mp3") ? "mp3" : "ogg";
        xml.WriteStartElement("item");
        xml.WriteElementString("title", title);
        if (article.Url is { } url) xml.WriteElementString("link", url);
        var by = article.Byline is { Length: > 0 } byline ? $" {byline}." : "";
        xml.WriteElementString("description", $"{title}.{by} Read by a synthetic voice ({audio.VoiceId}), generated by Aloud.");
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString($"aloud:{article.Id}");
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", Rfc822(article.Published ?? article.Created));
        xml.WriteStartElement("enclosure");
        xml.WriteAttributeString("url", new Uri(baseUrl, $"/audio/{article.Id}.{format}?v={audio.Revision}").ToString());
        xml.WriteAttributeString("length", audio.Files[format].ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("type", format == "mp3" ? "audio/mpeg" : "audio/ogg");
        xml.WriteEndElement();
        xml.WriteElementString("itunes", "duration", ItunesNamespace, ((long)Math.Round(audio.DurationMs / 1000)).ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("itunes", "explicit", ItunesNamespace, channel.Explicit ? "true" : "false");
        xml.WriteElementString("itunes", "episodeType", ItunesNamespace, "full");
        xml.WriteStartElement("podcast", "transcript", PodcastNamespace);
        xml.WriteAttributeString("url", new Uri(baseUrl, $"/audio/{article.Id}.vtt?v={audio.Revision}").ToString());
        xml.WriteAttributeString("type", "text/vtt");
        xml.WriteAttributeString("language", article.Language ?? channel.Language);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void AtomLink(XmlWriter xml, string rel, Uri href)
    {
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", href.ToString());
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
    }

    /// <summary>RSS 2.0 dates are RFC 822 (with four-digit years), always in GMT here.</summary>
    public static string Rfc822(DateTimeOffset time) => time.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}
