namespace Aloud.Ingest.Feeds;

/// <summary>
/// What every format does the same way once the fields are read: links made absolute and kept only when
/// http(s), text trimmed, and the fallback id when a feed gives none.
/// </summary>
internal static class FeedItemBuilder
{
    public static FeedItem Build(
        string? id, string? link, Uri? baseUri, string? title, DateTimeOffset? published, DateTimeOffset? updated,
        string? author, string? contentHtml, string? summary)
    {
        var url = Link(link, baseUri);
        title = FeedText.Clean(title);
        contentHtml = string.IsNullOrWhiteSpace(contentHtml) ? null : contentHtml.Trim();
        summary = FeedText.PlainOrNull(summary);
        var key = FeedText.Clean(id)
            ?? url?.AbsoluteUri
            ?? "sha256:" + FeedText.Hash(title, FeedText.ToPlain(contentHtml ?? summary));
        return new FeedItem(key, url, title, published, updated, FeedText.Clean(author), contentHtml, summary);
    }

    /// <summary>An absolute http(s) URL, resolved against the feed's own URL; anything else (javascript:, mailto:) is null.</summary>
    public static Uri? Link(string? link, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        link = link.Trim();
        // Against the base first: on Unix "/news/story" alone parses as an absolute file path.
        Uri? url = null;
        if (baseUri is null || !Uri.TryCreate(baseUri, link, out url))
            Uri.TryCreate(link, UriKind.Absolute, out url);
        return url is not null && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps) ? url : null;
    }
}
