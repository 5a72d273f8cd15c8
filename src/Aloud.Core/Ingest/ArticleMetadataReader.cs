using System.Globalization;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>The headline, byline, date and language of a page.</summary>
internal sealed record ArticleMetadata(string? Title, string? Byline, DateTimeOffset? Published, string Language);

/// <summary>
/// Reads article metadata from the most deliberate source a page offers: JSON-LD first, then Open Graph
/// and article meta tags, then the visible page (h1, byline element, &lt;time&gt;), then &lt;title&gt;.
/// </summary>
internal static class ArticleMetadataReader
{
    public static ArticleMetadata Read(IDocument document)
    {
        var jsonLd = JsonLdReader.Read(document);
        var siteName = Meta(document, "og:site_name");

        var title = jsonLd?.Headline
            ?? TitleText.StripSiteSuffix(Meta(document, "og:title"), siteName, onlySiteName: true)
            ?? Text(document.QuerySelector("h1"))
            ?? TitleText.StripSiteSuffix(Text(document.QuerySelector("title")), siteName, onlySiteName: false);

        var byline = Bylines.Join(jsonLd?.Authors)
            ?? Bylines.Clean(NotUrl(Meta(document, "author")))
            ?? Bylines.Clean(NotUrl(Meta(document, "article:author")))
            ?? Bylines.FromPage(document);

        var published = ParseDate(jsonLd?.DatePublished)
            ?? ParseDate(Meta(document, "article:published_time"))
            ?? ParseDate(document.QuerySelector("[itemprop=datePublished]") is { } dp
                ? dp.GetAttribute("content") ?? dp.GetAttribute("datetime") : null)
            ?? ParseDate(Meta(document, "pubdate") ?? Meta(document, "publishdate") ?? Meta(document, "parsely-pub-date"))
            ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));

        var language = LanguageTag(document.DocumentElement?.GetAttribute("lang"))
            ?? LanguageTag(jsonLd?.Language)
            ?? LanguageTag(Meta(document, "og:locale"))
            ?? LanguageTag(Meta(document, "content-language"))
            ?? "en";

        return new ArticleMetadata(title, byline, published, language);
    }

    /// <summary>A date as written, keeping its UTC offset; a date without one is taken as UTC.</summary>
    internal static DateTimeOffset? ParseDate(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length < 100
        && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;

    /// <summary>A BCP-47-looking tag ("en-US" from "en_US"), or null for anything else.</summary>
    internal static string? LanguageTag(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var tag = text.Trim().Replace('_', '-');
        var parts = tag.Split('-');
        var valid = parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetter)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
        return valid ? tag : null;
    }

    /// <summary>The content of the &lt;meta&gt; whose property, name, itemprop or http-equiv is <paramref name="key"/>.</summary>
    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.Head?.QuerySelectorAll("meta") ?? Enumerable.Empty<IElement>())
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop")
                ?? meta.GetAttribute("http-equiv");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)
                && meta.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
                return TextClean.Collapse(content);
        }
        return null;
    }

    private static string? Text(IElement? element) =>
        element is null ? null : TextClean.Collapse(element.TextContent) is { Length: > 0 } text ? text : null;

    private static string? NotUrl(string? text) =>
        text is not null && (text.StartsWith("http", StringComparison.OrdinalIgnoreCase) || text.StartsWith('/')) ? null : text;
}
