namespace Aloud.Store;

/// <summary>What the input of a version is: a page, plain text, SSML, or a URL still to be fetched.</summary>
public enum SourceKind
{
    Html,
    Text,
    Ssml,
    Url,
}

/// <summary>
/// One version of an article's content as it was given (or fetched), and the hash of what will be read from
/// it. The hash covers the extracted article and the settings, so a page whose ads or timestamps changed is
/// not a new version, while an edited paragraph or another voice is.
/// </summary>
public sealed record ArticleContent(SourceKind Kind, byte[] Bytes, string? ContentType, string ContentHash);

/// <summary>Metadata read from the content, shown in listings and feeds.</summary>
public sealed record ArticleFacts(string? Title, string? Byline, DateTimeOffset? Published, string? Language);

/// <summary>
/// A request to narrate an article: new content for it (or, with <see cref="Content"/> null, a URL to fetch),
/// and how to narrate it. Articles with a URL are found again by that URL.
/// </summary>
public sealed record ArticleSubmission
{
    public string? Url { get; init; }
    public ArticleContent? Content { get; init; }
    public ArticleFacts? Metadata { get; init; }
    public NarrationSettings Settings { get; init; } = NarrationSettings.Default;
    public string? FeedId { get; init; }

    /// <summary>Why the job is queued: new, edit, feed, hook, lexicon, retry.</summary>
    public string Reason { get; init; } = "new";

    /// <summary>Update this article (PUT) instead of finding or creating one by URL.</summary>
    public string? ArticleId { get; init; }
}

/// <summary>What a submission did.</summary>
/// <param name="Article">The article after the submission.</param>
/// <param name="Created">A new article was created.</param>
/// <param name="Queued">A narration (or fetch) job was queued; false when the content had not changed.</param>
public sealed record SubmissionResult(StoredArticle Article, bool Created, bool Queued);

/// <summary>One version of an article, as listed by the API.</summary>
public sealed record ArticleVersionInfo(int Version, SourceKind Kind, string ContentHash, long Bytes, DateTimeOffset Created);

/// <summary>A page of the article list.</summary>
public sealed record ArticlePage(IReadOnlyList<StoredArticle> Items, int Total, int Offset, int Limit);

/// <summary>Which articles to list: newest first, optionally only those in one status or from one feed.</summary>
public sealed record ArticleQuery(int Offset = 0, int Limit = 20, ArticleStatus? Status = null, string? FeedId = null, bool WithAudioOnly = false);
