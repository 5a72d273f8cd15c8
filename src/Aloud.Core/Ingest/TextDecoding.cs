using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Aloud.Ingest;

/// <summary>
/// Turns input bytes into text the way a browser would, in order: byte-order mark, the HTTP charset,
/// a <c>&lt;meta charset&gt;</c> or http-equiv declaration near the start, UTF-8 when the bytes are valid
/// UTF-8 or mostly so (a stray invalid byte becomes U+FFFD), else Windows-1252 (the usual encoding of old Western
/// pages and text files).
/// </summary>
public static partial class TextDecoding
{
    private const int MetaScanBytes = 4096;

    static TextDecoding()
    {
        // Windows-1252, ISO-8859-x, Shift_JIS... live in the framework's code-pages provider, off by default.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="contentType"/> is the declared media type, if any.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType = null) =>
        Decode(bytes, contentType, out _);

    /// <summary>Decodes <paramref name="bytes"/> and reports the encoding used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? contentType, out Encoding encoding)
    {
        if (DetectBom(bytes, out var bomLength) is Encoding withBom)
        {
            encoding = withBom;
            return withBom.GetString(bytes[bomLength..]);
        }
        var declared = FromName(CharsetOf(contentType)) ?? FromName(MetaCharset(bytes));

        // A page that says UTF-8 but is not is usually Windows-1252 in disguise: guessing beats U+FFFD. But a page
        // whose multi-byte sequences are mostly valid UTF-8 is UTF-8 with a few stray bytes (a pasted Latin-1 "é"):
        // decoding all of it as Windows-1252 would garble every good character, so only the bad bytes are replaced.
        encoding = declared is null || declared.CodePage == Encoding.UTF8.CodePage
            ? Utf8.IsValid(bytes) || MostlyUtf8(bytes) ? new UTF8Encoding(false) : Windows1252
            : declared;
        return encoding.GetString(bytes);
    }

    /// <summary>
    /// Whether valid multi-byte UTF-8 sequences outnumber the bytes that cannot start or continue one. Windows-1252
    /// text almost never forms a valid sequence (an accented letter followed by a continuation byte is rare), so a
    /// page in it scores no valid sequence at all.
    /// </summary>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                if (rune.Value >= 0x80)
                {
                    valid++;
                }
            }
            else
            {
                invalid++;
            }
            rest = rest[Math.Max(1, consumed)..];
        }
        return valid > invalid;
    }

    /// <summary>The encoding announced by a byte-order mark, and the mark's length.</summary>
    public static Encoding? DetectBom(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false), 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }

    internal static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>The charset parameter of a media type ("text/html; charset=ISO-8859-1" gives "ISO-8859-1").</summary>
    internal static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        return FirstGroup(CharsetParameter(), contentType.Length > 1000 ? contentType[..1000] : contentType);
    }

    /// <summary>The charset of a meta tag in the first few KB, read as ASCII as the HTML spec's prescan does.</summary>
    internal static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        return FirstGroup(MetaCharsetPattern(), head);
    }

    private static string? FirstGroup(Regex regex, string text)
    {
        try
        {
            var match = regex.Match(text);
            return match.Success ? match.Groups[1].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null; // cannot happen with these bounded patterns, but a declaration is never worth a crash
        }
    }

    private static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        // The web treats Latin-1 and ASCII labels as Windows-1252 (WHATWG Encoding), and so do we.
        if (name.Trim().ToLowerInvariant() is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1")
            return Windows1252;
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null; // an unknown label is ignored, as browsers do
        }
    }

    [GeneratedRegex("""charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex CharsetParameter();

    [GeneratedRegex("""<meta\b[^>]{0,400}?charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_:.\-]{1,40})""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 2000)]
    private static partial Regex MetaCharsetPattern();
}
