using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Finds link boxes glued into a paragraph: a hover card or teaser list (an inline element holding several
/// links to other stories and no words of its own) that the page shows only on demand. Read as written, its
/// headlines run on after the word they hang from ("Rep. Jane DoeJane DoeCouncil votes on..."). Only the
/// innermost such element counts, so the link the card hangs from, a name in the sentence, is kept.
/// </summary>
internal static class GluedLinks
{
    // Fewer links or words than this is a sentence's own pair of links, not a box of headlines.
    private const int MinLinks = 2;
    private const int MinWords = 8;

    /// <summary>Whether <paramref name="element"/> is the innermost inline link box inside body text.</summary>
    public static bool IsLinkBox(IElement element)
    {
        if (element.LocalName == "a" || !InlineText.InlineTags.Contains(element.LocalName)) return false;
        if (!IsAllLinks(element)) return false;
        foreach (var child in element.Children)
        {
            if (child.LocalName != "a" && IsAllLinks(child)) return false; // a box further in: that one goes
        }
        return true;
    }

    /// <summary>Enough links and link words, and no visible text outside the links.</summary>
    private static bool IsAllLinks(IElement element)
    {
        var links = element.QuerySelectorAll("a");
        if (links.Length < MinLinks) return false;
        var linkText = string.Concat(links.Select(a => a.TextContent));
        return TextClean.WordCount(linkText) >= MinWords && Visible(element.TextContent) == Visible(linkText);
    }

    private static int Visible(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
