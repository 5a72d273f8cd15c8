using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>Schema.org microdata on an element.</summary>
internal static class Microdata
{
    private static readonly char[] Spaces = [' ', '\t', '\n', '\r', '\f'];

    /// <summary>
    /// Whether the element is the story's <c>articleBody</c>. <c>itemprop</c> holds a space-separated list of
    /// names, and publishers do list several: Blogger marks its post body <c>itemprop="description articleBody"</c>.
    /// </summary>
    public static bool IsArticleBody(IElement element)
    {
        var value = element.GetAttribute("itemprop");
        if (value is null) return false;
        if (value == "articleBody") return true; // the usual case, without splitting
        return value.Length <= 200 && value.Split(Spaces, StringSplitOptions.RemoveEmptyEntries)
            .Any(name => name.Equals("articleBody", StringComparison.OrdinalIgnoreCase));
    }
}
