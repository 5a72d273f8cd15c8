using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A caption known by where and how it sits rather than by its name: a short line in small type or all in italics,
/// centred, right after a block that holds only an image. Blogger puts a photo and its caption in two centred "separator" divs, the caption
/// in <c>font-size: x-small</c>. Centring alone is not enough: WordPress pages centre quoted reviews under a photo too.
/// </summary>
internal static class PlacedCaption
{
    private const int MaxChars = 200;

    public static bool Is(IElement element)
    {
        if (element.LocalName is not ("p" or "div" or "span")) return false;
        if (element.PreviousElementSibling is not { } previous || !IsImageOnly(previous)) return false;
        if (!IsCentred(element) && !(element.Children.Length == 1 && IsCentred(element.Children[0]))) return false;
        if (!IsSmall(element) && !(element.Children.Length == 1 && IsSmall(element.Children[0])) && !IsWhollyItalic(element)) return false;
        if (element.QuerySelector("img, picture, amp-img") is not null) return false;
        var text = element.TextContent.Trim();
        return text.Length is > 0 and <= MaxChars;
    }

    /// <summary>A block with an image in it and no text of its own.</summary>
    private static bool IsImageOnly(IElement block) =>
        block.LocalName is "p" or "div" or "figure" && block.QuerySelector("img, picture, amp-img") is not null
        && string.IsNullOrWhiteSpace(block.TextContent);

    /// <summary>
    /// Its text all in one &lt;i&gt; or &lt;em&gt;, as Blogger's editor sets a caption typed under a photo in a centred line
    /// ("&lt;div style='text-align: center'&gt;&lt;i&gt;The new shelter on Thursday.&lt;/i&gt;&lt;/div&gt;").
    /// </summary>
    private static bool IsWhollyItalic(IElement element) =>
        element.Children.Length == 1 && element.Children[0].LocalName is "i" or "em"
        && element.Children[0].TextContent.Trim() == element.TextContent.Trim();

    /// <summary>Small type: &lt;small&gt;, or a style with a font size of small, x-small, xx-small or smaller.</summary>
    private static bool IsSmall(IElement element)
    {
        if (element.LocalName == "small") return true;
        var size = StyleValue(element, "font-size");
        return size is not null && (size.StartsWith("small", StringComparison.OrdinalIgnoreCase)
            || size.StartsWith("x-small", StringComparison.OrdinalIgnoreCase) || size.StartsWith("xx-small", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsCentred(IElement element) =>
        element.LocalName == "center" || (StyleValue(element, "text-align")?.StartsWith("center", StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The text after "property:" in the element's inline style, or null.</summary>
    private static string? StyleValue(IElement element, string property)
    {
        var style = element.GetAttribute("style");
        if (style is null || style.Length > 500) return null;
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0) return null;
        var rest = style.AsSpan(at + property.Length).TrimStart();
        return rest.StartsWith(":") ? rest[1..].TrimStart().ToString() : null;
    }
}
