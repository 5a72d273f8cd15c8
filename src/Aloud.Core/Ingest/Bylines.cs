using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>Builds a byline from author names or from a page's byline element, without the "By ".</summary>
internal static partial class Bylines
{
    private const int MaxLength = 150;

    /// <summary>"A", "A and B", "A, B and C" — the way a newsreader says a list of names.</summary>
    public static string? Join(IReadOnlyList<string>? names)
    {
        if (names is null || names.Count == 0) return null;
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
    }

    /// <summary>The byline shown on the page: an author link or an element whose class says byline or author.</summary>
    public static string? FromPage(IDocument document)
    {
        var body = document.Body;
        if (body is null) return null;
        var candidates = body.QuerySelectorAll("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")
            .Concat(body.QuerySelectorAll("[class*=byline], [class*=Byline], [class*=author], [class*=Author]").Where(IsBylineClass));
        foreach (var candidate in candidates)
        {
            if (!InComments(candidate) && Clean(candidate.TextContent) is { } byline) return byline;
        }
        return null;
    }

    /// <summary>Whether the element sits in a reader-comment thread, where "author" names a commenter.</summary>
    private static bool InComments(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (ClassTokens.Of(e).SubWords.Any(w => w is "comment" or "comments" or "disqus" or "reply" or "replies")) return true;
        }
        return false;
    }

    /// <summary>Collapses whitespace, drops a leading "By" and a trailing date; null when nothing name-like is left.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var byline = TextClean.Collapse(text);
        byline = LeadingBy().Replace(byline, "");
        var cut = DateTail().Match(byline);
        if (cut.Success) byline = byline[..cut.Index];
        byline = byline.Trim().TrimEnd(',', '|', '·', '-', '–', '—').Trim();
        return byline.Length is > 0 and <= MaxLength && byline.Any(char.IsLetter) ? byline : null;
    }

    private static bool IsBylineClass(IElement element)
    {
        var words = ClassTokens.Of(element).SubWords;
        // "author-bio" and "author-avatar" are about the author, not the byline.
        return words.Any(w => w is "byline" or "author" or "authors") && !words.Any(w => w is "bio" or "avatar" or "image" or "photo");
    }

    [GeneratedRegex(@"^\s{0,5}by\b\s{0,5}:?\s{0,5}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"\s(\||·|•)\s|\b(published|updated|posted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex DateTail();
}
