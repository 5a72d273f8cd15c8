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
        // "article__desc" (French dailies), "detail-sapo" (Vietnamese and French dailies' word for the standfirst).
        "desc", "sapo",
        // Turkish news sites' word for the lead ("haber-spot", "news-spot").
        "spot",
        // The Nordic word for it: Swedish and Norwegian "ingress", Finnish "ingressi", Danish "manchet".
        "ingress", "ingressi", "manchet",
        // The newsroom words for it in Mexico ("balazo"), Argentina and Chile ("bajada"), Brazil ("linha fina") and Italy
        // ("sommario", "catenaccio").
        "balazo", "bajada", "linhafina", "sommario", "catenaccio",
    ];

    // Lead words a site sets on a second-level heading wherever it stands, under the headline and above the byline: the
    // Turkish "spot" and the Latin American and Italian words above. A heading named so that is a whole sentence is the
    // story's first paragraph; the English "subtitle" or "dek" in that place is a deck of the header's.
    private static readonly HashSet<string> SpotWords = ["spot", "balazo", "bajada", "linhafina", "sommario", "catenaccio"];

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
        var descriptions = Descriptions(first.Owner);
        var bodyStart = first.Owner is { } document ? JsonLdReader.Read(document)?.BodyStart : null;
        IElement? lead = null;
        foreach (var e in page.Elements)
        {
            if (e == first) break; // document order: only what comes before the body
            if (containers.Any(c => c.Contains(e) || e.Contains(c)) || (lead is not null && lead.Contains(e))) continue; // the outer one already holds it
            // A lead named as one inside the story's scope, or one that repeats the page's own summary wherever the
            // template put it (a header above the <article>, an <h2> "sub-title").
            if ((IsLeadShaped(e, page) || RepeatsDescription(e, page, descriptions) || OpensArticleBody(e, page, bodyStart)) && scope.Contains(e)) lead = e;
        }
        if (lead is null) return InsideHeader(containers, page, descriptions, bodyStart);
        var text = TextClean.Collapse(lead.TextContent);
        if (containers.Any(c => TextClean.Collapse(c.TextContent).Contains(text, StringComparison.Ordinal))) return containers;
        return [lead, .. containers];
    }

    /// <summary>
    /// A body that is a whole article with its own &lt;header&gt;: the header is not read (headline, byline, share bar),
    /// but a lead inside it ("gh-article-excerpt" under the headline) is the story's first paragraph. It is put first
    /// unless a paragraph the body reads already says it.
    /// </summary>
    private static IReadOnlyList<IElement> InsideHeader(IReadOnlyList<IElement> containers, PageAnalysis page, IReadOnlyList<string> descriptions, string? bodyStart)
    {
        var body = containers[0];
        foreach (var header in body.QuerySelectorAll("header").Take(3))
        {
            // Only a header the body does not read: furniture, or the article's own (headline, byline, date).
            if (!page.IsInsideFurniture(header) && !BlockCollector.IsArticleHeader(header)) continue;
            var lead = header.QuerySelectorAll("p, div").FirstOrDefault(e =>
                RepeatsDescription(e, page, descriptions) || OpensArticleBody(e, page, bodyStart) || (NamedAsLead(e) && InStoryFrame(e, page) && IsProse(e, page)));
            if (lead is null) continue;
            var text = TextClean.Collapse(lead.TextContent);
            var readElsewhere = body.QuerySelectorAll("p").Any(p => !header.Contains(p) && !page.IsInsideFurniture(p) && TextClean.Collapse(p.TextContent).Contains(text, StringComparison.Ordinal));
            return readElsewhere ? containers : [lead, .. containers];
        }
        return containers;
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
        if (e.LocalName == "h2") return IsLeadHeading(e, page) || IsSpot(e, page);
        if (e.LocalName is not ("p" or "div" or "span") || page.IsInsideFurniture(e)) return false;
        return NamedAsLead(e) && IsProse(e, page);
    }

    /// <summary>
    /// A second-level heading named as a lead that is a whole sentence and comes after the byline and date (the
    /// article's header, or a line with its time): the lead set large, as Israeli sites set their "sub-title". One
    /// right under the headline, above the byline, is a deck of the header's.
    /// </summary>
    private static bool IsLeadHeading(IElement h2, PageAnalysis page) =>
        !page.IsInsideFurniture(h2) && NamedAsLead(h2) && IsProse(h2, page)
        && h2.PreviousElementSibling is { } before
        && ((before.LocalName == "header" && BlockCollector.IsArticleHeader(before)) || before.LocalName == "time" || before.QuerySelector("time") is not null);

    /// <summary>
    /// A Turkish site's "spot" or a Mexican one's "balazo" (<see cref="SpotWords"/>): the lead by name, set as a
    /// second-level heading right under the headline and above the byline. Wherever it stands, a heading named so that is
    /// a whole sentence is the story's first paragraph.
    /// </summary>
    private static bool IsSpot(IElement h2, PageAnalysis page)
    {
        if (page.IsInsideFurniture(h2)) return false;
        var tokens = ClassTokens.Of(h2);
        return (tokens.SubWords.Any(SpotWords.Contains) || JoinedSubWords(tokens).Any(SpotWords.Contains)) && IsProse(h2, page);
    }

    /// <summary>Whether the element's class or id names a lead ("standfirst", "ArticlePage-subHeadline", "entry-sub-title").</summary>
    private static bool NamedAsLead(IElement e)
    {
        var tokens = ClassTokens.Of(e);
        return tokens.Tokens.Any(LeadWords.Contains) || tokens.SubWords.Any(LeadWords.Contains) || JoinedSubWords(tokens).Any(LeadWords.Contains);
    }

    /// <summary>A short prose element: a lead's length, few links, a final stop.</summary>
    private static bool IsProse(IElement e, PageAnalysis page)
    {
        var chars = TextClean.Collapse(e.TextContent).Length;
        return chars is >= MinChars and <= MaxChars && page.StatsOf(e).LinkDensity < 0.3 && EndsLikeASentence(e.TextContent);
    }

    /// <summary>Neighbouring sub-words joined: "ArticlePage-subHeadline" and "entry-sub-title" name a "subheadline" and a "subtitle".</summary>
    private static IEnumerable<string> JoinedSubWords(ClassTokens tokens)
    {
        for (var i = 0; i + 1 < tokens.SubWords.Count; i++) yield return tokens.SubWords[i] + tokens.SubWords[i + 1];
    }

    /// <summary>The page's own summaries: the description, Open Graph and Twitter meta tags, collapsed.</summary>
    private static IReadOnlyList<string> Descriptions(IDocument? document)
    {
        if (document?.Head is not { } head) return [];
        return head.QuerySelectorAll("meta[name=description], meta[property='og:description'], meta[name='twitter:description']")
            .Select(m => TextClean.Collapse(m.GetAttribute("content") ?? ""))
            .Where(d => d.Length >= MinChars)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether nothing around <paramref name="e"/> is furniture but an article's own header: text the page hides,
    /// navigation, asides, footers and boxes named as promotions stay out.
    /// </summary>
    private static bool InStoryFrame(IElement e, PageAnalysis page)
    {
        for (var a = e; a is not null; a = a.ParentElement)
        {
            var why = page.ExclusionOf(a);
            if (why is Exclusion.None || (why is Exclusion.ByTag && a.LocalName == "header" && a.ParentElement?.Closest("article, main") is not null))
                continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// A prose element (a paragraph, a block or a second-level heading) before the body whose text is the page's
    /// description, or begins with it, or begins what a cut description ("...") kept: the standfirst the page summarises
    /// itself with, whatever its class is called.
    /// </summary>
    private static bool RepeatsDescription(IElement e, PageAnalysis page, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0 || e.LocalName is not ("p" or "div" or "span" or "h2") || !InStoryFrame(e, page) || !IsProse(e, page)) return false;
        var text = TextClean.Collapse(e.TextContent);
        foreach (var description in descriptions)
        {
            var kept = description.TrimEnd('.', '…', ' ');
            var cut = description.EndsWith("...", StringComparison.Ordinal) || description.EndsWith('…');
            if (text == description || text.StartsWith(description, StringComparison.Ordinal) || (cut && kept.Length >= MinChars && text.StartsWith(kept, StringComparison.Ordinal)))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A prose element before the body with which the page's own JSON-LD <c>articleBody</c> begins: the page says the story
    /// opens with it, whatever its class ("mb-article__teaser" in a German daily's header).
    /// </summary>
    private static bool OpensArticleBody(IElement e, PageAnalysis page, string? bodyStart)
    {
        if (bodyStart is null || e.LocalName is not ("p" or "div" or "span" or "h2") || !InStoryFrame(e, page) || !IsProse(e, page)) return false;
        return bodyStart.StartsWith(TextClean.Collapse(e.TextContent), StringComparison.Ordinal);
    }

    /// <summary>
    /// A lead is prose: it ends with a full stop, "!" or "?" (a closing quote may follow). A display subtitle under the
    /// headline ("The service will run until 1 a.m. on weekends from June") has no final stop and is not read.
    /// </summary>
    private static bool EndsLikeASentence(string text)
    {
        return SentenceMarks.EndsSentence(text);
    }
}
