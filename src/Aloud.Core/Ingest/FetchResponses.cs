using System.Net;

namespace Aloud.Ingest;

/// <summary>
/// The HTTP details of <see cref="SafeHttpFetcher"/> that are about caching and politeness rather than
/// safety: validators out and in, 304 and 429/503 as outcomes, and the media-type check.
/// </summary>
internal static class FetchResponses
{
    public static void AddValidators(HttpRequestMessage request, ConditionalRequest? conditional)
    {
        if (conditional is null) return;
        // Sent back byte for byte: servers compare the tag as a string, and a weak or odd tag that the typed
        // header would reject is still the server's own.
        if (!string.IsNullOrWhiteSpace(conditional.ETag))
            request.Headers.TryAddWithoutValidation("If-None-Match", conditional.ETag);
        if (conditional.LastModified is { } since)
            request.Headers.IfModifiedSince = since;
    }

    /// <summary>A 304 or a 429/503 as a result; null for every other status.</summary>
    public static FetchResult? WithoutBody(HttpResponseMessage response, Uri url) => response.StatusCode switch
    {
        HttpStatusCode.NotModified => Result(FetchStatus.NotModified, response, url, null),
        HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => Result(FetchStatus.RetryLater, response, url, null),
        _ => null,
    };

    public static FetchResult Fetched(HttpResponseMessage response, Uri url, InputSource input) =>
        Result(FetchStatus.Fetched, response, url, input);

    /// <summary>Refuses a declared media type outside <paramref name="accepted"/> before reading the body.</summary>
    public static void CheckMediaType(HttpResponseMessage response, Uri url, IReadOnlySet<string>? accepted)
    {
        if (accepted is null) return;
        var type = MediaTypes.Essence(response.Content.Headers.ContentType?.MediaType);
        if (type is not null && !accepted.Contains(type))
            throw new AloudInputException($"refused: {url} is {type}, not a page or feed");
    }

    private static FetchResult Result(FetchStatus status, HttpResponseMessage response, Uri url, InputSource? input) => new(
        status,
        url,
        input,
        response.Headers.ETag?.ToString() ?? Header(response, "ETag"),
        response.Content.Headers.LastModified,
        RetryAfter(response),
        (int)response.StatusCode);

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    // An ETag the typed parser rejects (unquoted, as some servers send) is still worth sending back.
    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
