namespace Aloud.Ingest.Feeds;

/// <summary>
/// Parses RSS, Atom or JSON Feed bytes into a <see cref="Feed"/>. The format is judged from the content (a
/// JSON object or an XML root element), not only the declared type, since servers label feeds loosely.
/// Everything that cannot be read is an <see cref="AloudInputException"/> with a one-line message.
/// </summary>
public static class FeedReader
{
    /// <summary>The default cap on a feed's size in characters (20 million).</summary>
    public const long DefaultMaxCharacters = 20_000_000;

    /// <summary>
    /// Parses <paramref name="bytes"/>, declared as <paramref name="contentType"/> (may be null) and fetched
    /// from <paramref name="source"/> (used to resolve relative links and in messages).
    /// </summary>
    /// <exception cref="AloudInputException">Empty, too large, malformed, entity-declaring, or not a feed.</exception>
    public static Feed Parse(byte[] bytes, string? contentType, Uri? source, long maxCharacters = DefaultMaxCharacters)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var name = InputSource.Describe(source);
        // A character is at least one byte, so four bytes a character is the most a document within the cap can take.
        if (bytes.Length > maxCharacters * 4)
            throw new AloudInputException($"too large: {name} is {ByteSize.Describe(bytes.Length)}; feeds are limited to {maxCharacters:N0} characters");
        if (ContentSniffer.DescribeBinary(bytes) is string binary)
            throw new AloudInputException($"not a feed: {name} looks like {binary}");

        if (LooksLikeJson(bytes, contentType))
        {
            var json = TextDecoding.Decode(bytes, contentType);
            if (json.Length > maxCharacters)
                throw new AloudInputException($"too large: {name} is over the limit of {maxCharacters:N0} characters");
            return JsonFeedParser.Parse(json, source, name);
        }

        if (FirstSignificant(bytes) is not '<')
            throw new AloudInputException($"not a feed: {name} is neither XML (RSS, Atom) nor JSON (JSON Feed)");
        if (LooksLikeHtmlPage(bytes))
            throw new AloudInputException($"not a feed: {name} is a web page, not RSS, Atom or JSON Feed");
        var document = SafeXml.Load(bytes, contentType, name, maxCharacters);
        var root = document.Root ?? throw new AloudInputException($"malformed feed {name}: no root element");
        if (RssFeedParser.Handles(root)) return RssFeedParser.Parse(root, source);
        if (AtomFeedParser.Handles(root)) return AtomFeedParser.Parse(root, source);
        throw new AloudInputException($"not a feed: {name} is XML with a <{root.Name.LocalName}> root, not RSS or Atom");
    }

    // Judged by content alone: some servers label their RSS text/html.
    private static bool LooksLikeHtmlPage(ReadOnlySpan<byte> bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// JSON by its first character ('{' or '['), or by a JSON media type unless the content is plainly markup:
    /// a mislabelled RSS feed is still read as XML, and text that is neither gets a JSON error, not an XML one.
    /// </summary>
    private static bool LooksLikeJson(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var first = FirstSignificant(bytes);
        if (first is '{' or '[') return true;
        return first is not '<' && MediaTypes.Essence(contentType)?.Contains("json", StringComparison.Ordinal) == true;
    }

    /// <summary>The first character after a byte-order mark and whitespace, or null when there is none.</summary>
    private static char? FirstSignificant(ReadOnlySpan<byte> bytes)
    {
        if (TextDecoding.DetectBom(bytes, out var bom) is { } encoding)
        {
            // UTF-16 and UTF-32 spread a character over several bytes: decode a little to look.
            var head = encoding.GetString(bytes[bom..Math.Min(bytes.Length, bom + 256)]).TrimStart();
            return head.Length > 0 ? head[0] : null;
        }
        var start = bytes.TrimStart(" \t\r\n"u8);
        return start.Length > 0 ? (char)start[0] : null;
    }
}
