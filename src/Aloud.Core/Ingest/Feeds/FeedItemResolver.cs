namespace Aloud.Ingest.Feeds;

/// <summary>
/// Gets the full <see cref="Article"/> of a feed item: from the item's own content when it holds the whole
/// story, else by fetching the item's link through the <see cref="SafeHttpFetcher"/> (same SSRF rules as any
/// user URL, since a feed is untrusted input) and extracting the page.
/// </summary>
public sealed class FeedItemResolver(SafeHttpFetcher fetcher, ExtractionOptions? options = null, int minWords = FeedItemArticle.DefaultMinWords)
{
    private readonly ExtractionOptions _options = options ?? ExtractionOptions.Default;

    /// <summary>Resolves <paramref name="item"/>; failures are <see cref="AloudInputException"/>s.</summary>
    public async Task<Article> ResolveAsync(FeedItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (FeedItemArticle.FromContent(item, _options, minWords) is { } fromFeed)
            return fromFeed;
        if (item.Link is null)
            throw new AloudInputException($"feed item \"{item.Title ?? item.Id}\" has no full text and no link to read it from");
        var input = await fetcher.FetchAsync(item.Link, cancellationToken).ConfigureAwait(false);
        return FeedItemArticle.WithItemMetadata(ArticleReader.Read(input, _options), item);
    }
}
