using System.Text.Json;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// What a <see cref="FeedPoller"/> remembers about one feed between polls: the validators for conditional
/// GET, the items already seen, and the schedule. Immutable; each poll returns the next state. Serialise it
/// with <see cref="ToJson"/> so a restart neither re-announces old items nor hammers the server.
/// </summary>
public sealed record FeedState
{
    /// <summary>The feed's URL as subscribed (redirects are followed on every poll, not remembered).</summary>
    public required Uri Url { get; init; }

    /// <summary>The ETag of the last copy fetched, sent back as If-None-Match.</summary>
    public string? ETag { get; init; }

    /// <summary>The Last-Modified of the last copy fetched, sent back as If-Modified-Since.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>When the feed was last polled, or null before the first poll.</summary>
    public DateTimeOffset? LastPolled { get; init; }

    /// <summary>When the next poll is due; the first poll is due at once.</summary>
    public DateTimeOffset NextPoll { get; init; }

    /// <summary>The current wait between polls; it doubles while nothing changes and resets on news.</summary>
    public TimeSpan Interval { get; init; }

    /// <summary>How many polls in a row failed.</summary>
    public int Failures { get; init; }

    /// <summary>The last failure's message, or null when the last poll worked.</summary>
    public string? LastError { get; init; }

    /// <summary>The items seen so far, oldest first (bounded, see <see cref="FeedPollOptions.MaxRemembered"/>).</summary>
    public IReadOnlyList<SeenFeedItem> Seen { get; init; } = [];

    /// <summary>A feed never polled.</summary>
    public static FeedState Create(Uri url) => new() { Url = url ?? throw new ArgumentNullException(nameof(url)) };

    /// <summary>The state as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>A state saved by <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not a saved feed state.</exception>
    public static FeedState FromJson(string json) =>
        JsonSerializer.Deserialize<FeedState>(json, JsonOptions) ?? throw new JsonException("a feed state cannot be null");

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <summary>An item a <see cref="FeedPoller"/> has seen: its id, link and content hash, and when it was first seen.</summary>
public sealed record SeenFeedItem(string Id, Uri? Link, string ContentHash, DateTimeOffset FirstSeen);
