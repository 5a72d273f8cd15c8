using System.Runtime.CompilerServices;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The label a page sets just above its headline: a section, a place, a kind of page or an issue ("Features · Winter
/// 2026", "News Release", a town's name as a French "surtitre"). Found by shape, in any language: a few words with no
/// final stop in the element right before the &lt;h1&gt;. A story never starts above its own headline.
/// </summary>
internal static class Kickers
{
    private const int MaxWords = 5;
    private const int MaxChars = 60;

    /// <summary>
    /// Each document's elements that stand right before an &lt;h1&gt;, found once from its few headlines: asking every element
    /// for its next sibling costs a scan of its parent's children, which a page of tens of thousands of rows makes slow.
    /// </summary>
    private static readonly ConditionalWeakTable<IDocument, HashSet<IElement>> BeforeHeadlines = new();

    public static bool IsKicker(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.LocalName is "h1" or "article" or "main" or "body" || element.Owner is not { } document
            || !BeforeHeadlines.GetValue(document, d => d.QuerySelectorAll("h1").Select(h => h.PreviousElementSibling).OfType<IElement>().ToHashSet()).Contains(element))
        {
            return false;
        }
        if (element.QuerySelector("h1, p + p") is not null) return false;
        var text = TextClean.Collapse(element.TextContent);
        return text.Length is > 0 and <= MaxChars && TextClean.WordCount(text) <= MaxWords && !SentenceMarks.EndsWithMark(text);
    }
}
