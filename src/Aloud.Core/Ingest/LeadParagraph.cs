using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Finds a story's lead paragraph when the page keeps it outside the body container, under a class of its own
/// ("standfirst", "dek", "intro", "lede", "summary", "subtitle"...): a short prose element just before the body,
/// inside the same article, that ends like a sentence. Without it the story would start at its second paragraph.
/// Headings and display subtitles without a final stop stay out, as they are decks rather than paragraphs.
/// </summary>
internal static class LeadParagraph
{
    private static readonly HashSet<string> LeadWords =
    [
        "standfirst", "dek", "deck", "intro", "lede", "lead", "summary", "subtitle", "subheadline", "subhead", "strapline",
        "sell", "chapo", "chapeau", "vorspann", "teaser-text", "entradilla", "sottotitolo",
        // Static blogs and block themes: Hugo's "post-description", WordPress's "wp-block-post-excerpt".
        "description", "excerpt",
        // "article__desc" (French dailies).
        "desc",
    ];

    private const int MinChars = 40;
    private const int MaxChars = 800;

    // How far up from the body the search for a shared article goes.
    private const int MaxLevels = 4;

    /// <summary>The containers with the lead put first, or the containers unchanged when there is none.</summary>
    public static IReadOnlyList<IElement> Prepend(IReadOnlyList<IElement> containers, PageAnalysis page)
    {
        if (containers.Count == 0) return containers;
        var first = containers[0];
        var scope = Scope(first);
        if (scope is null) return containers;
        IElement? lead = null;
        foreach (var e in page.Elements)
        {
            if (e == first) break; // document order: only what comes before the body
            if (!IsLeadShaped(e, page) || !scope.Contains(e) || containers.Any(c => c.Contains(e) || e.Contains(c))) continue;
            if (lead is not null && lead.Contains(e)) continue; // the outer one already holds it
            lead = e;
        }
        if (lead is null) return containers;
        var text = TextClean.Collapse(lead.TextContent);
        if (containers.Any(c => TextClean.Collapse(c.TextContent).Contains(text, StringComparison.Ordinal))) return containers;
        return [lead, .. containers];
    }

    /// <summary>
    /// The article (or main) element around the body, at most a few levels up; else the body's grandparent. A body that
    /// is a whole &lt;article&gt; (not one marked as only the body, <c>itemprop=articleBody</c>) is its own scope: the
    /// article holds its own header, and a blog's tagline in the site's header is no lead of the post. An article named as
    /// the story's text only ("article__content") is a body like any other.
    /// </summary>
    private static IElement? Scope(IElement body)
    {
        if (body.LocalName == "article" && !Microdata.IsArticleBody(body) && !IsNamedAsBody(body)) return body;
        var e = body.ParentElement;
        for (var level = 0; e is not null && level < MaxLevels; level++, e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main") return e;
        }
        return body.ParentElement?.ParentElement ?? body.ParentElement;
    }

    /// <summary>An &lt;article&gt; named as only the story's text ("article__content", "article-body"), as an articleBody is.</summary>
    private static bool IsNamedAsBody(IElement article)
    {
        var tokens = ClassTokens.Of(article);
        return tokens.HasSubWord("content") || tokens.HasSubWord("body");
    }

    private static bool IsLeadShaped(IElement e, PageAnalysis page)
    {
        if (e.LocalName is not ("p" or "div" or "span") || page.IsInsideFurniture(e)) return false;
        var tokens = ClassTokens.Of(e);
        if (!tokens.Tokens.Any(LeadWords.Contains) && !tokens.SubWords.Any(LeadWords.Contains)) return false;
        var stats = page.StatsOf(e);
        var chars = TextClean.Collapse(e.TextContent).Length;
        return chars is >= MinChars and <= MaxChars && stats.LinkDensity < 0.3 && EndsLikeASentence(e.TextContent);
    }

    /// <summary>
    /// A lead is prose: it ends with a full stop, "!" or "?" (a closing quote may follow). A display subtitle under the
    /// headline ("The service will run until 1 a.m. on weekends from June") has no final stop and is not read.
    /// </summary>
    private static bool EndsLikeASentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"'\u201D\u2019\u00BB)");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '\u3002';
    }
}
