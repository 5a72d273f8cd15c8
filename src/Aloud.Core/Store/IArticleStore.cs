namespace Aloud.Store;

/// <summary>
/// The articles, their versions and the narration jobs that belong to them. Every method that changes an
/// article queues its job in the same transaction, so an article is never changed without a job to narrate it.
/// </summary>
public interface IArticleStore
{
    /// <summary>
    /// Creates the article, or finds it by id or URL; adds a version when the content is new, and queues a job
    /// (a fetch job when only a URL is given). Nothing changes when the content hash and settings are the same.
    /// </summary>
    Task<SubmissionResult> SubmitAsync(ArticleSubmission submission, CancellationToken cancellationToken = default);

    Task<StoredArticle?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<StoredArticle?> FindByUrlAsync(string url, CancellationToken cancellationToken = default);

    Task<ArticlePage> ListAsync(ArticleQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArticleVersionInfo>> ListVersionsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The content of one version, or null if there is no such version.</summary>
    Task<ArticleContent?> GetContentAsync(string id, int version, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the article, its versions and jobs. Returns false when there was no such article. The caller
    /// removes the audio blobs (<see cref="AudioKeys.FolderOf"/>) after this commits.
    /// </summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Queues a fresh job for the current version (retry after failure, or a lexicon change).</summary>
    /// <returns>False when there is no such article, or a job of it is already queued.</returns>
    Task<bool> RequeueAsync(string id, string reason, CancellationToken cancellationToken = default);
}
