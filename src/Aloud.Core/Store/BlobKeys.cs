namespace Aloud.Store;

/// <summary>The one rule for blob keys, the same on every backend, so a key valid on disk is valid on S3 and back.</summary>
public static class BlobKeys
{
    /// <summary>Letters, digits, '-', '_' and '.' in '/'-separated parts, no empty or dot-only part, at most 512 characters.</summary>
    public static string[] Validate(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var parts = key.Split('/');
        if (key.Length > 512 || parts.Any(p => p.Length == 0 || p.All(c => c == '.') || !p.All(IsSafe)))
        {
            throw new ArgumentException($"not a valid blob key: {key}", nameof(key));
        }
        return parts;
    }

    /// <summary>The content type a listener's client expects for a blob, from its extension.</summary>
    public static string ContentTypeOf(string key) => Path.GetExtension(key).ToLowerInvariant() switch
    {
        ".mp3" => "audio/mpeg",
        ".ogg" => "audio/ogg",
        ".wav" => "audio/wav",
        ".json" => "application/json",
        ".vtt" => "text/vtt",
        _ => "application/octet-stream",
    };

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';
}
