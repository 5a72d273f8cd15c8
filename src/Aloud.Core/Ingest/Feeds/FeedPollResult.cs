namespace Aloud.Ingest.Feeds;

/// <summary>What one poll found.</summary>
public enum FeedPollOutcome
{
    /// <summary>The feed had new or edited items.</summary>
    Updated,

    /// <summary>The feed was fetched but held nothing new.</summary>
    Unchanged,

    /// <summary>The server answered 304 Not Modified.</summary>
    NotModified,

    /// <summary>The fetch or the parse failed, or the server asked to retry later; see <see cref="FeedPollResult.Error"/>.</summary>
    Failed,
}

/// <summary>The result of <see cref="FeedPoller.PollAsync"/>: the next state to keep, and what changed.</summary>
/// <param name="State">The state to save and pass to the next poll.</param>
/// <param name="Outcome">Updated, unchanged, not modified or failed.</param>
/// <param name="Feed">The parsed feed when it was fetched, else null.</param>
/// <param name="NewItems">Items not seen before (by id or by link), in feed order.</param>
/// <param name="EditedItems">Items seen before whose title or content changed.</param>
/// <param name="Error">Why the poll failed, or null.</param>
public sealed record FeedPollResult(
    FeedState State,
    FeedPollOutcome Outcome,
    Feed? Feed,
    IReadOnlyList<FeedItem> NewItems,
    IReadOnlyList<FeedItem> EditedItems,
    string? Error);
