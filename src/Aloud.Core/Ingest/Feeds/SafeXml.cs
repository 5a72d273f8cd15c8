using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Aloud.Ingest.Feeds;

/// <summary>
/// Loads feed XML without the classic XML attacks: no DTD is processed (so no entity expansion — billion
/// laughs — and no external entities — XXE), nothing is ever resolved or fetched, and the document size is capped.
/// </summary>
internal static class SafeXml
{
    // Entities are declared before the root element, so the head of the document is enough to spot them.
    private const int DeclarationScanBytes = 64 * 1024;

    /// <summary>The deepest element nesting a feed may have.</summary>
    public const int MaxDepth = 256;

    static SafeXml()
    {
        // Feeds still declare windows-1252 and ISO-8859-x; those encodings live in the code-pages provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static XDocument Load(byte[] bytes, string? contentType, string name, long maxCharacters)
    {
        if (DeclaresEntities(bytes))
            throw new AloudInputException($"refused: {name} declares XML entities in a DOCTYPE; feeds with entity declarations are not read");
        var settings = new XmlReaderSettings
        {
            // Ignore, not Prohibit: old RSS 0.91 feeds carry a harmless DOCTYPE. Ignored means never read, so an
            // entity it would have declared is simply undeclared and the document fails to parse.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var text = DeclaresEncoding(bytes) ? null : TextDecoding.Decode(bytes, contentType);
        XmlReader Open() => text is null
            ? XmlReader.Create(new MemoryStream(bytes, writable: false), settings)
            : XmlReader.Create(new StringReader(text), settings);
        try
        {
            CheckDepth(Open, name);
            using var reader = Open();
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
            || e.Message.Contains("exceeds the maximum", StringComparison.OrdinalIgnoreCase))
        {
            throw new AloudInputException($"too large: {name} is over the limit of {maxCharacters:N0} characters", e);
        }
        catch (XmlException e)
        {
            throw new AloudInputException($"malformed feed {name}: {e.Message.ReplaceLineEndings(" ")}", e);
        }
    }

    /// <summary>
    /// A streaming pass that stops at the first element nested past <see cref="MaxDepth"/>, before a tree is
    /// built: LINQ to XML reads text and descendants recursively, so 200,000 nested elements would overflow
    /// the stack (and every walk would grow with the depth). Feeds nest a handful of levels; XHTML content a few dozen.
    /// </summary>
    private static void CheckDepth(Func<XmlReader> open, string name)
    {
        using var reader = open();
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
                throw new AloudInputException($"refused: {name} nests XML elements deeper than {MaxDepth} levels");
        }
    }

    /// <summary>
    /// Whether the XML parser can tell the encoding itself (a byte-order mark or an encoding declaration).
    /// Otherwise XML means UTF-8, but feeds without a declaration are often Windows-1252 or say their charset
    /// only in HTTP, so they are decoded the way pages are.
    /// </summary>
    private static bool DeclaresEncoding(byte[] bytes)
    {
        if (TextDecoding.DetectBom(bytes, out _) is not null) return true;
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 200));
        var end = head.IndexOf("?>"u8);
        return head.StartsWith("<?xml"u8) && end > 0 && head[..end].IndexOf("encoding"u8) > 0;
    }

    private static bool DeclaresEntities(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, DeclarationScanBytes));
        // UTF-16 documents are not scanned; for them the ignored DTD still leaves every entity undeclared.
        return head.IndexOf("<!ENTITY"u8) >= 0;
    }
}
