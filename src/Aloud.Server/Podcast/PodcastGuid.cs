using System.Security.Cryptography;
using System.Text;

namespace Aloud.Server.Podcast;

/// <summary>
/// The Podcasting 2.0 show guid: a UUID version 5 of the feed URL without its scheme and trailing slashes, in the
/// namespace the podcast namespace specification fixes, so any directory computes the same value.
/// </summary>
public static class PodcastGuid
{
    private static readonly Guid Namespace = new("ead4c236-bf58-58c6-a2c6-a1b28d128cb6");

    public static Guid For(Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        var name = feedUrl.ToString();
        var schemeEnd = name.IndexOf("://", StringComparison.Ordinal);
        name = (schemeEnd >= 0 ? name[(schemeEnd + 3)..] : name).TrimEnd('/');
        return Version5(Namespace, name);
    }

    /// <summary>RFC 9562 section 5.5: SHA-1 of the namespace's bytes (network order) and the name, version and variant bits set.</summary>
    public static Guid Version5(Guid space, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
