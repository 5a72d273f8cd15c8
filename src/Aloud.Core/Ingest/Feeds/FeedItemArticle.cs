using System.Net;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// Turns a feed item into an <see cref="Article"/> from the feed alone, when the item carries the whole
/// story (many feeds send only a teaser; then the linked page must be read, see <see cref="FeedItemResolver"/>).
/// </summary>
public static class FeedItemArticle
{
    /// <summary>Fewer words than this in an item's HTML is taken as a teaser, not the story.</summary>
    public const int DefaultMinWords = 80;

    /// <summary>Whether <paramref name="item"/>'s HTML looks like the full story rather than a teaser.</summary>
    public static bool HasFullText(FeedItem item, int minWords = DefaultMinWords)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ContentHtml is { } html && TextClean.WordCount(FeedText.ToPlain(html)) >= minWords;
    }

    /// <summary>
    /// The article in the item's own HTML, with title, author and date taken from the item; null when the
    /// item has no content or too little of it once boilerplate is removed.
    /// </summary>
    public static Article? FromContent(FeedItem item, ExtractionOptions? options = null, int minWords = DefaultMinWords)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!HasFullText(item, minWords)) return null;
        // Wrapped as a page whose title is the headline, so a headline repeated at the top of the content is
        // trimmed like on a page, and the extractor's promo and boilerplate rules apply to feed content too.
        var page = "<!DOCTYPE html><html><head><title>" + WebUtility.HtmlEncode(item.Title ?? "")
            + "</title></head><body><article>" + item.ContentHtml + "</article></body></html>";
        var extracted = HtmlArticleExtractor.Extract(page, item.Link, options);
        if (extracted.BodyWordCount < minWords) return null;
        return extracted with
        {
            Title = item.Title ?? extracted.Title,
            Byline = item.Author ?? extracted.Byline,
            Published = item.Published ?? item.Updated ?? extracted.Published,
        };
    }

    /// <summary>Fills what a page left out (title, byline, date) from its feed item.</summary>
    internal static Article WithItemMetadata(Article article, FeedItem item) => article with
    {
        Title = article.Title ?? item.Title,
        Byline = article.Byline ?? item.Author,
        Published = article.Published ?? item.Published ?? item.Updated,
    };
}
