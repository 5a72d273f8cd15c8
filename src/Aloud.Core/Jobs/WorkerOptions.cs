namespace Aloud.Jobs;

/// <summary>How the narration workers run.</summary>
public sealed record WorkerOptions
{
    /// <summary>Jobs narrated at once in this process (each also synthesises its sentences on all cores).</summary>
    public int Workers { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How long a claimed job stays ours without a heartbeat; a dead worker's jobs are taken again after it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a running job writes its progress and renews its lease.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often an idle worker looks for jobs queued by other processes.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts before a job that keeps failing is failed for good.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>The wait before the first retry; each later one waits four times longer.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest narration accepted, in sentences (a huge page is refused, not narrated for hours).</summary>
    public int MaxSentences { get; init; } = 5000;

    /// <summary>The longest narration accepted, in audio: one that would run longer fails with the reason.</summary>
    public TimeSpan MaxAudio { get; init; } = TimeSpan.FromMinutes(240);

    /// <summary>The address rules for fetching article URLs.</summary>
    public Ingest.SafeFetchOptions Fetch { get; init; } = Ingest.SafeFetchOptions.Default;

    /// <summary>
    /// The service's voices by language for passages in another language (<c>Aloud:VoicesFor</c>); an article's,
    /// feed's or webhook's own choice for a language comes first.
    /// </summary>
    public IReadOnlyDictionary<string, string> VoicesFor { get; init; } = new Dictionary<string, string>();

    /// <summary>The publisher's name, written into every audio file's tags.</summary>
    public string Publisher { get; init; } = "Aloud";
}
