namespace Aloud.Ingest;

/// <summary>Media-type names and the check behind <see cref="SafeFetchOptions.AcceptedMediaTypes"/>.</summary>
public static class MediaTypes
{
    /// <summary>Web pages and plain text, as <see cref="ArticleReader"/> reads them.</summary>
    public static IReadOnlySet<string> Pages { get; } = Set("text/html", "application/xhtml+xml", "text/plain");

    /// <summary>RSS, Atom and JSON Feed as servers label them, generic XML and JSON included.</summary>
    public static IReadOnlySet<string> Feeds { get; } = Set(
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/xml", "text/xml", "application/rdf+xml");

    /// <summary>Pages and feeds: what a feed URL or an item's link may serve.</summary>
    public static IReadOnlySet<string> PagesAndFeeds { get; } = Set([.. Pages, .. Feeds]);

    /// <summary>The media type without parameters, lower case ("text/html; charset=utf-8" gives "text/html").</summary>
    public static string? Essence(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var essence = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim().ToLowerInvariant();
        return essence.Length == 0 ? null : essence;
    }

    private static HashSet<string> Set(params string[] types) => new(types, StringComparer.OrdinalIgnoreCase);
}
