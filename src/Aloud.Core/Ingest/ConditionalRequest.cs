namespace Aloud.Ingest;

/// <summary>
/// The validators of a copy fetched before, sent back as If-None-Match and If-Modified-Since so an
/// unchanged resource costs the server a 304 and no body.
/// </summary>
/// <param name="ETag">The entity tag exactly as the server sent it (quotes and W/ prefix included), or null.</param>
/// <param name="LastModified">The server's Last-Modified date, or null.</param>
public sealed record ConditionalRequest(string? ETag, DateTimeOffset? LastModified)
{
    /// <summary>Whether there is anything to send.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(ETag) && LastModified is null;
}
