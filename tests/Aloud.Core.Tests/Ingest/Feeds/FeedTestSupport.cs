using Aloud.Ingest;

namespace Aloud.Tests.Ingest.Feeds;

/// <summary>Shared bits of the feed tests: fetch options that allow only the loopback literal, and header lookup.</summary>
internal static class FeedTestSupport
{
    public static SafeFetchOptions LoopbackOnly(IReadOnlySet<string>? accepted = null) => new()
    {
        AllowedHosts = new HashSet<string>(["127.0.0.1"], StringComparer.OrdinalIgnoreCase),
        Timeout = TimeSpan.FromSeconds(10),
        AcceptedMediaTypes = accepted,
    };

    /// <summary>The value of request header <paramref name="name"/>, or null.</summary>
    public static string? Header(IReadOnlyList<string> lines, string name) => lines
        .Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(l => l[(name.Length + 1)..].Trim())
        .FirstOrDefault();
}
