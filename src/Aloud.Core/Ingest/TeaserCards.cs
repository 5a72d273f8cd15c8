using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// A teaser card: a small box holding a linked headline and a line or two about another story ("Elsewhere", "Next
/// post", "Related"). Its paragraph is prose-shaped, and six of them outweigh a short story, so a paragraph in such a
/// card earns no credit when the page is searched for the story. A story's own subheadings are not links.
/// </summary>
internal static class TeaserCards
{
    // A card is small: the headline, the blurb, perhaps an image and a date.
    private const int MaxCardChildren = 4;

    /// <summary>Whether <paramref name="paragraph"/> is the blurb of a teaser card.</summary>
    public static bool IsBlurb(IElement paragraph)
    {
        if (paragraph.ParentElement is not { } card || HasMoreChildrenThan(card, MaxCardChildren))
        {
            return false;
        }
        foreach (var sibling in card.Children)
        {
            if (sibling != paragraph && sibling.LocalName is "h2" or "h3" or "h4" or "h5" or "h6" && IsAllLink(sibling))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Counts child elements only as far as <paramref name="limit"/>: ChildElementCount walks every child, and asked
    /// for each of 20,000 paragraphs in one container it made extraction take time growing with the square of the page
    /// (found by fuzzing). ChildNodes is list-backed and the parser merges adjacent text, so this stops early.
    /// </summary>
    private static bool HasMoreChildrenThan(IElement parent, int limit)
    {
        var children = parent.ChildNodes;
        var elements = 0;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement && ++elements > limit)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsAllLink(IElement heading)
    {
        var text = heading.TextContent.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        var linked = heading.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked >= text.Length;
    }
}
