namespace Aloud.Ingest;

/// <summary>How a conditional fetch ended, short of an error.</summary>
public enum FetchStatus
{
    /// <summary>A body came back (HTTP 2xx).</summary>
    Fetched,

    /// <summary>HTTP 304: the copy named by the validators is still current; there is no body.</summary>
    NotModified,

    /// <summary>HTTP 429 or 503: the server asks to be left alone for a while, maybe saying how long.</summary>
    RetryLater,
}

/// <summary>
/// The outcome of <see cref="SafeHttpFetcher.FetchConditionalAsync"/>: the body (when fetched) and the
/// validators to send next time.
/// </summary>
/// <param name="Status">Fetched, not modified, or asked to retry later.</param>
/// <param name="Url">The final URL after redirects.</param>
/// <param name="Input">The body, only when <paramref name="Status"/> is <see cref="FetchStatus.Fetched"/>.</param>
/// <param name="ETag">The response's ETag header as sent, or null.</param>
/// <param name="LastModified">The response's Last-Modified header, or null.</param>
/// <param name="RetryAfter">How long a 429/503 asked to wait (Retry-After), or null.</param>
/// <param name="HttpStatus">The HTTP status code of the last response.</param>
public sealed record FetchResult(
    FetchStatus Status,
    Uri Url,
    InputSource? Input,
    string? ETag,
    DateTimeOffset? LastModified,
    TimeSpan? RetryAfter,
    int HttpStatus)
{
    /// <summary>The validators to send with the next fetch of the same URL.</summary>
    public ConditionalRequest Validators => new(ETag, LastModified);
}
