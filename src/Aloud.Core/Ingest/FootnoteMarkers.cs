using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A footnote marker in running text: a superscript number, letter or mark that links to a note on the same page
/// ("since 2019,&lt;sup&gt;&lt;a href='#fn1'&gt;1&lt;/a&gt;&lt;/sup&gt;", or the link around the superscript). Read aloud it
/// would glue a stray digit to the word before it ("2019,1"); the notes list itself is furniture. A superscript with no
/// link to the page (an ordinal, an exponent, "m²") is text and stays.
/// </summary>
internal static class FootnoteMarkers
{
    private const int MaxMarkerChars = 4;

    public static bool IsMarker(IElement element)
    {
        if (element.LocalName != "sup") return false;
        var text = element.TextContent.Trim().Trim('[', ']', '(', ')');
        if (text.Length is 0 or > MaxMarkerChars || !text.All(c => char.IsLetterOrDigit(c) || c is '*' or '†' or '‡' or '§')) return false;
        return LinksWithinPage(element.QuerySelector("a[href]")) || LinksWithinPage(element.ParentElement?.Closest("a[href]"));
    }

    private static bool LinksWithinPage(IElement? link) =>
        link?.GetAttribute("href") is { Length: > 1 } href && href[0] == '#';
}
