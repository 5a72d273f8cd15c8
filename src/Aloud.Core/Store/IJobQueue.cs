namespace Aloud.Store;

/// <summary>A job a worker holds: the article and version to narrate, and the lease that proves it holds it.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="ArticleId">The article to narrate.</param>
/// <param name="Version">The content version to narrate; 0 means fetch the article's URL first.</param>
/// <param name="Attempt">1 for the first try, 2 for the first retry, ...</param>
/// <param name="LeaseToken">Unique to this claim: a worker whose lease was taken over cannot complete the job.</param>
/// <param name="Reason">Why it was queued (new, edit, feed, hook, lexicon, retry).</param>
public sealed record ClaimedJob(long Id, string ArticleId, int Version, int Attempt, string LeaseToken, string Reason);

/// <summary>Jobs by state, for health and metrics.</summary>
public sealed record QueueCounts(int Queued, int Running, int Done, int Failed);

/// <summary>
/// What a completed job publishes: the audio files (already written whole) and their facts, with the sentences
/// narrated, and a warning when the narration replaced something (a voice not installed, read by another of its
/// language): kept with the job and shown with the article.
/// </summary>
public sealed record CompletedNarration(double DurationMs, IReadOnlyDictionary<string, long> Files, string VoiceId, int Revision, int Sentences = 0, string? Warning = null);

/// <summary>
/// The durable job queue: jobs are claimed with a lease, kept alive by heartbeats, and completed or failed by
/// the lease holder only. A job whose lease ran out (its worker died) is claimed again. At most one job of an
/// article runs at a time.
/// </summary>
public interface IJobQueue
{
    /// <summary>Claims the oldest due job whose article has no other live job, or returns null.</summary>
    Task<ClaimedJob?> ClaimAsync(string workerId, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease and records progress. False when the lease was lost: the worker must stop.</summary>
    Task<bool> HeartbeatAsync(ClaimedJob job, int sentencesDone, int sentencesTotal, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the version a fetch job found (version 0 jobs): a new version when the content changed, or the
    /// existing one when it did not. Returns the version to narrate, or null when nothing changed and the job
    /// ended as done; throws nothing on a lost lease but returns null after ending nothing.
    /// </summary>
    Task<int?> ResolveFetchedAsync(ClaimedJob job, ArticleContent content, ArticleFacts metadata, CancellationToken cancellationToken = default);

    /// <summary>
    /// A revision number for one narration attempt's files: higher than any published or handed out before, and
    /// never the same twice, so an attempt never writes over files another attempt published.
    /// </summary>
    Task<int> NextRevisionAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends the job as done and points the article at the new audio, in one transaction. False when the lease
    /// was lost (another worker took the job over): nothing is changed and the caller discards its files.
    /// </summary>
    Task<bool> CompleteAsync(ClaimedJob job, CompletedNarration narration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a failed attempt: queued again after <paramref name="retryAfter"/>, or failed for good when it is
    /// null. False when the lease was lost.
    /// </summary>
    Task<bool> FailAsync(ClaimedJob job, string error, TimeSpan? retryAfter, CancellationToken cancellationToken = default);

    Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Jobs whose lease is held now (by any worker), for tests and the dashboard.</summary>
    Task<int> LiveLeasesAsync(CancellationToken cancellationToken = default);
}
