using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Aloud.Server.Hosting;

/// <summary>
/// Kestrel's limits, set explicitly rather than left to defaults that may change between releases: what a client
/// may send (body, header and line sizes, header count) and how slowly (headers within
/// <see cref="ServerOptions.RequestHeadersTimeoutSeconds"/>, a body no slower than
/// <see cref="ServerOptions.MinRequestBodyBytesPerSecond"/>), so slow or oversized clients cannot hold the server.
/// </summary>
internal static class KestrelLimits
{
    /// <summary>All headers of a request together; a bigger request is answered 431.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public const int MaxHeaderCount = 100;

    /// <summary>The request line (method, path and query).</summary>
    public const int MaxRequestLineBytes = 8 * 1024;

    public static void Apply(KestrelServerLimits limits, ServerOptions options)
    {
        limits.MaxRequestBodySize = options.MaxRequestBytes;
        limits.MaxRequestHeadersTotalSize = MaxHeaderBytes;
        limits.MaxRequestHeaderCount = MaxHeaderCount;
        limits.MaxRequestLineSize = MaxRequestLineBytes;
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(options.RequestHeadersTimeoutSeconds);
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
        limits.MinRequestBodyDataRate = new MinDataRate(options.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(240, TimeSpan.FromSeconds(5));
        limits.MaxConcurrentConnections = options.MaxConnections == 0 ? null : options.MaxConnections;
        limits.MaxConcurrentUpgradedConnections = options.MaxConnections == 0 ? null : options.MaxConnections;
    }
}
