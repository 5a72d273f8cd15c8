namespace Aloud.Store;

/// <summary>
/// One batch of listening from one page view, as the player sends it: plays started, seconds heard, the
/// quartiles of the article newly reached (1-4), and seconds heard at each speed. No identifiers of any kind.
/// </summary>
public sealed record ListeningBatch(int Plays, double Seconds, IReadOnlyList<int> Quartiles, IReadOnlyDictionary<double, double> SecondsByRate);

/// <summary>How an article has been listened to: totals, and how many listens reached each quarter.</summary>
public sealed record ListeningSummary(
    string ArticleId,
    long Plays,
    double SecondsListened,
    IReadOnlyList<long> ReachedQuartiles,
    double? AverageRate,
    IReadOnlyDictionary<double, double> SecondsByRate,
    IReadOnlyList<DailyListening> Days);

/// <summary>One day's plays and seconds (UTC), for a chart.</summary>
public sealed record DailyListening(DateOnly Day, long Plays, double Seconds);

/// <summary>A written word listeners reported as mispronounced, with how often, most reported first.</summary>
public sealed record ReportedWord(string Written, string? Spoken, long Reports, DateTimeOffset LastReported, IReadOnlyList<string> ArticleIds);

/// <summary>Listening statistics and mispronunciation reports, per article.</summary>
public interface IListeningStore
{
    /// <summary>Adds a batch to the article's totals for the day it arrives.</summary>
    Task RecordAsync(string articleId, ListeningBatch batch, DateTimeOffset received, CancellationToken cancellationToken = default);

    Task<ListeningSummary> SummarizeAsync(string articleId, CancellationToken cancellationToken = default);

    /// <summary>Articles with any listening, most played first.</summary>
    Task<IReadOnlyList<ListeningSummary>> SummarizeAllAsync(int limit, CancellationToken cancellationToken = default);

    Task ReportAsync(string articleId, int wordIndex, string written, string? spoken, DateTimeOffset received, CancellationToken cancellationToken = default);

    /// <summary>Reported words grouped case-insensitively, most reported first.</summary>
    Task<IReadOnlyList<ReportedWord>> ListReportsAsync(int limit, CancellationToken cancellationToken = default);
}
