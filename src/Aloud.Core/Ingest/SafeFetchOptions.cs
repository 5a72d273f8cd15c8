using System.Net;

namespace Aloud.Ingest;

/// <summary>
/// Limits and allowances for <see cref="SafeHttpFetcher"/>. The defaults refuse every non-public address;
/// the allowances exist for tests and local development, never for untrusted input.
/// </summary>
public sealed record SafeFetchOptions
{
    /// <summary>The defaults: 10 MB, 15 s, 5 redirects, public addresses only.</summary>
    public static SafeFetchOptions Default { get; } = new();

    /// <summary>The largest body accepted, after decompression.</summary>
    public long MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The time allowed for the whole fetch, redirects and body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How many redirects are followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Allow every loopback, private and link-local address (local development only).</summary>
    public bool AllowPrivateHosts { get; init; }

    /// <summary>
    /// Host names or IP literals (as written in the URL, case-insensitive) exempt from the address check;
    /// a redirect to any other host is still checked.
    /// </summary>
    public IReadOnlySet<string> AllowedHosts { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The User-Agent header sent with each request.</summary>
    public string UserAgent { get; init; } = "Aloud/1.0 (+article narration)";

    /// <summary>The Accept header sent with each request.</summary>
    public string Accept { get; init; } = "text/html, application/xhtml+xml, text/plain;q=0.9, */*;q=0.5";

    /// <summary>
    /// The media types a response may declare (see <see cref="MediaTypes"/>); any other declared type is refused
    /// before the body is read. Null accepts anything. A response without a Content-Type is always let through,
    /// since the content is sniffed later anyway.
    /// </summary>
    public IReadOnlySet<string>? AcceptedMediaTypes { get; init; }

    /// <summary>
    /// Resolves a host name to addresses; defaults to DNS. Replaceable so tests can pretend a name resolves
    /// to a private address without a DNS server.
    /// </summary>
    public Func<string, CancellationToken, Task<IPAddress[]>>? Resolver { get; init; }

    internal bool IsHostAllowed(string host) =>
        AllowPrivateHosts || AllowedHosts.Contains(host) || AllowedHosts.Contains(host.Trim('[', ']'));
}
