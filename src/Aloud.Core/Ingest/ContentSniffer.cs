using System.Text;
using System.Text.RegularExpressions;

namespace Aloud.Ingest;

/// <summary>What an input holds, judged by its content.</summary>
public enum ContentKind
{
    /// <summary>Not text: an image, audio, an archive, or bytes full of control codes.</summary>
    Binary,
    Html,
    PlainText,
    /// <summary>Speech Synthesis Markup: an XML document whose root is <c>&lt;speak&gt;</c>.</summary>
    Ssml,
}

/// <summary>The sniffer's verdict; <paramref name="Description"/> names the binary format ("PNG image") when known.</summary>
public sealed record SniffResult(ContentKind Kind, string? Description = null);

/// <summary>
/// Decides Binary / Html / PlainText from the bytes themselves, because file names lie and servers send
/// wrong content types: magic numbers and control bytes mean binary, markup near the start means HTML.
/// </summary>
public static partial class ContentSniffer
{
    private const int SampleBytes = 8192;

    /// <summary>Sniffs <paramref name="bytes"/>; a declared HTML <paramref name="contentType"/> wins over a missing tag.</summary>
    public static SniffResult Sniff(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        if (DescribeBinary(bytes) is string binary)
            return new SniffResult(ContentKind.Binary, binary);
        var sample = TextSample(bytes);
        if (LooksLikeSsml(sample) || (contentType?.Contains("ssml", StringComparison.OrdinalIgnoreCase) ?? false))
            return new SniffResult(ContentKind.Ssml);
        var declaredHtml = contentType is not null
            && (contentType.Contains("html", StringComparison.OrdinalIgnoreCase));
        return declaredHtml || LooksLikeHtml(sample)
            ? new SniffResult(ContentKind.Html)
            : new SniffResult(ContentKind.PlainText);
    }

    /// <summary>A description of the binary format of <paramref name="bytes"/>, or null when they look like text.</summary>
    public static string? DescribeBinary(ReadOnlySpan<byte> bytes)
    {
        if (TextDecoding.DetectBom(bytes, out _) is Encoding wide && wide.CodePage != Encoding.UTF8.CodePage)
            return HasManyControls(TextSample(bytes)) ? "binary data" : null; // UTF-16/32 text is full of NULs
        if (MagicNumbers.Describe(bytes) is string format)
            return format;

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var nul = sample.Count((byte)0);
        if (nul > 0)
        {
            // NULs in every other byte is UTF-16 without a byte-order mark: say so instead of "binary".
            return nul * 3 > sample.Length ? "UTF-16 text without a byte-order mark" : "binary data";
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')) controls++;
        }
        return controls * 100 > sample.Length * 3 ? "binary data" : null;
    }

    /// <summary>Whether text starts like a web page: a doctype or common HTML tags in its first few KB.</summary>
    public static bool LooksLikeHtml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > SampleBytes / 2 ? text[..(SampleBytes / 2)] : text;
        return HtmlMarker().IsMatch(head);
    }

    /// <summary>Whether the document's root element is <c>&lt;speak&gt;</c> (after an XML declaration, comments or a doctype).</summary>
    public static bool LooksLikeSsml(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.Length > SampleBytes / 2 ? text[..(SampleBytes / 2)] : text;
        try
        {
            return SsmlRoot().IsMatch(head.TrimStart('\uFEFF'));
        }
        catch (RegexMatchTimeoutException)
        {
            // Only a contrived head of endless comments gets here; such a document is no SSML we would read.
            return false;
        }
    }

    private static string TextSample(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        // Tags are ASCII, so Latin-1 reads them from any ASCII-compatible encoding.
        return TextDecoding.DetectBom(sample, out var bom) is Encoding encoding
            ? encoding.GetString(sample[bom..])
            : Encoding.Latin1.GetString(sample);
    }

    private static bool HasManyControls(string text)
    {
        var controls = text.Count(c => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'));
        return controls * 100 > text.Length * 3;
    }

    [GeneratedRegex(@"<!doctype\s{1,10}html|<(html|head|body|p|article|div|main|section|title|meta|h[1-6]|table|ul|ol|br|span|a|header|nav)(\s|>|/)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HtmlMarker();

    // A doctype is allowed here so that such a document reaches the SSML reader, which refuses it by name.
    [GeneratedRegex(@"^\s*(<\?xml[^>]*\?>\s*)?(<!--(?:(?!-->).)*-->\s*|<!doctype[^\[>]*(\[[^\]]*\])?\s*>\s*)*<speak[\s>/]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, 2000)]
    private static partial Regex SsmlRoot();
}
