using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Aloud.Server.Security;

/// <summary>
/// The webhook signature: <c>X-Aloud-Signature: sha256=HEX</c>, the HMAC-SHA256 with the hook's secret of
/// "TIMESTAMP.BODY", where TIMESTAMP is <c>X-Aloud-Timestamp</c> in Unix seconds. Signing the timestamp with
/// the body stops a captured delivery from being replayed later with a fresh timestamp.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Aloud-Signature";
    public const string TimestampHeader = "X-Aloud-Timestamp";
    public const string HookHeader = "X-Aloud-Hook";

    /// <summary>How far a delivery's timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    /// <summary>The header value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    /// <summary>Checks a delivery; returns null when it is genuine and fresh, else why it is refused.</summary>
    public static string? Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(timestampHeader) || !long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
            return $"{TimestampHeader} must be the Unix time in seconds";
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > Tolerance.TotalSeconds)
            return $"{TimestampHeader} is more than {Tolerance.TotalMinutes:0} minutes from now: a replay, or a clock to fix";
        if (string.IsNullOrEmpty(signatureHeader)) return $"{SignatureHeader} is missing";
        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        var given = Encoding.ASCII.GetBytes(signatureHeader.Trim());
        return CryptographicOperations.FixedTimeEquals(expected, given) ? null : "the signature does not match the body";
    }
}
