namespace Aloud.Ingest.Feeds;

/// <summary>
/// Polls one feed politely: conditional GET with the remembered validators, new and edited items found by
/// <see cref="FeedState.Seen"/>, and a wait that doubles (up to <see cref="FeedPollOptions.MaxInterval"/>) while
/// the feed is quiet or failing, resets on news, and honours Retry-After. The fetcher's address rules apply to
/// every poll and redirect. Time comes from <paramref name="time"/> so tests need not wait.
/// </summary>
public sealed class FeedPoller(SafeHttpFetcher fetcher, FeedPollOptions? options = null, TimeProvider? time = null)
{
    private readonly FeedPollOptions _options = options ?? FeedPollOptions.Default;
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Whether <paramref name="state"/>'s next poll is due now.</summary>
    public bool IsDue(FeedState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return _time.GetUtcNow() >= state.NextPoll;
    }

    /// <summary>
    /// Polls the feed once, whether due or not. Network, HTTP and parse failures do not throw: they come back
    /// as <see cref="FeedPollOutcome.Failed"/> with a state that waits longer. Only cancellation throws.
    /// </summary>
    public async Task<FeedPollResult> PollAsync(FeedState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = _time.GetUtcNow();
        FetchResult fetched;
        try
        {
            fetched = await fetcher.FetchConditionalAsync(state.Url, new ConditionalRequest(state.ETag, state.LastModified), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (AloudInputException e)
        {
            return Failed(state, now, e.Message, null);
        }

        switch (fetched.Status)
        {
            case FetchStatus.NotModified:
                var validated = state with { ETag = fetched.ETag ?? state.ETag, LastModified = fetched.LastModified ?? state.LastModified };
                return Quiet(validated, now, FeedPollOutcome.NotModified, null);
            case FetchStatus.RetryLater:
                return Failed(state, now, $"{state.Url} is busy (HTTP {fetched.HttpStatus}); retrying later", fetched.RetryAfter);
        }

        Feed feed;
        try
        {
            var input = fetched.Input!;
            feed = FeedReader.Parse(input.Bytes, input.ContentType, input.Source, _options.MaxCharacters);
        }
        catch (AloudInputException e)
        {
            return Failed(state, now, e.Message, null);
        }

        var diff = FeedDiff.Compare(state.Seen, feed.Items, now, _options.MaxRemembered);
        // Validators come from this response only: a server that stopped sending them must not get stale ones back.
        var next = state with { ETag = fetched.ETag, LastModified = fetched.LastModified, Seen = diff.Seen };
        if (diff.New.Count == 0 && diff.Edited.Count == 0)
            return Quiet(next, now, FeedPollOutcome.Unchanged, feed);

        next = Schedule(next, now, _options.MinInterval, null) with { Failures = 0, LastError = null };
        return new FeedPollResult(next, FeedPollOutcome.Updated, feed, diff.New, diff.Edited, null);
    }

    private FeedPollResult Quiet(FeedState state, DateTimeOffset now, FeedPollOutcome outcome, Feed? feed)
    {
        var next = Schedule(state, now, Doubled(state.Interval), null) with { Failures = 0, LastError = null };
        return new FeedPollResult(next, outcome, feed, [], [], null);
    }

    private FeedPollResult Failed(FeedState state, DateTimeOffset now, string error, TimeSpan? retryAfter)
    {
        var next = Schedule(state, now, Doubled(state.Interval), retryAfter) with { Failures = state.Failures + 1, LastError = error };
        return new FeedPollResult(next, FeedPollOutcome.Failed, null, [], [], error);
    }

    /// <summary>The next poll after <paramref name="interval"/>, or after Retry-After when the server asked for longer.</summary>
    private FeedState Schedule(FeedState state, DateTimeOffset now, TimeSpan interval, TimeSpan? retryAfter)
    {
        var wait = interval;
        if (retryAfter is { } asked)
        {
            var honoured = asked < _options.MaxRetryAfter ? asked : _options.MaxRetryAfter;
            if (honoured > wait) wait = honoured;
        }
        return state with { LastPolled = now, Interval = interval, NextPoll = now + wait };
    }

    private TimeSpan Doubled(TimeSpan interval)
    {
        if (interval < _options.MinInterval) return _options.MinInterval;
        var doubled = interval * 2;
        return doubled > _options.MaxInterval ? _options.MaxInterval : doubled;
    }
}
