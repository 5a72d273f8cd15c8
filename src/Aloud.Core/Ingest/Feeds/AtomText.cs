using System.Xml.Linq;

namespace Aloud.Ingest.Feeds;

/// <summary>Atom's text constructs (type="text", "html" or "xhtml") as HTML.</summary>
internal static class AtomText
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static string? Html(XElement? element)
    {
        if (element is null) return null;
        var type = ((string?)element.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        switch (type)
        {
            case "html" or "text/html":
                return element.Value;
            case "xhtml" or "application/xhtml+xml":
                // The markup is inline XML wrapped in one xhtml div; its children are the content.
                var div = element.Element(Xhtml + "div") ?? element;
                return string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            case "text" or "text/plain":
                return FeedText.TextToHtml(element.Value);
            default:
                return null; // another media type (an image, base64 data) is not text to read
        }
    }
}
