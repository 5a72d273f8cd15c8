namespace Aloud.Ingest.Feeds;

/// <summary>How often a <see cref="FeedPoller"/> polls and how much it remembers.</summary>
public sealed record FeedPollOptions
{
    /// <summary>The defaults: every 5 minutes while a feed is busy, backing off to every 6 hours.</summary>
    public static FeedPollOptions Default { get; } = new();

    /// <summary>The wait after a poll that found news.</summary>
    public TimeSpan MinInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest wait the doubling reaches when nothing changes or polls fail.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromHours(6);

    /// <summary>The longest Retry-After honoured; a server asking for more is polled after this.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromHours(24);

    /// <summary>How many seen items are remembered; items still in the feed are never forgotten.</summary>
    public int MaxRemembered { get; init; } = 2000;

    /// <summary>The largest feed parsed, in characters.</summary>
    public long MaxCharacters { get; init; } = FeedReader.DefaultMaxCharacters;
}
