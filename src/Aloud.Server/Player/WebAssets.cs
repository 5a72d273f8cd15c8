using System.Collections.Frozen;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Aloud.Server.Player;

/// <summary>One file of the player or the dashboard, ready to send: its bytes, a gzipped copy and a strong ETag.</summary>
public sealed record WebAsset(string Path, string ContentType, byte[] Bytes, byte[] Gzipped, string ETag);

/// <summary>
/// The browser files (wwwroot/, embedded in this assembly): read once at start, gzipped once, so they are served
/// from any working directory and never touch the disk again.
/// </summary>
public sealed class WebAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".html"] = "text/html; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private readonly FrozenDictionary<string, WebAsset> _assets;

    public WebAssets()
    {
        var assembly = typeof(WebAssets).Assembly;
        var assets = new Dictionary<string, WebAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var path = name[Prefix.Length..];
            var type = Types.GetValueOrDefault(System.IO.Path.GetExtension(path), "application/octet-stream");
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"";
            assets[path] = new WebAsset(path, type, bytes, Gzip(bytes), etag);
        }
        _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The asset at a path under wwwroot ("player/aloud-player.js"), or null.</summary>
    public WebAsset? Find(string path) => _assets.GetValueOrDefault(path);

    public IEnumerable<WebAsset> All => _assets.Values;

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return output.ToArray();
    }
}
