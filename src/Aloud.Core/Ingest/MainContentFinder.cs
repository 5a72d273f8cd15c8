using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// Finds the element(s) holding the story, most explicit evidence first: the publisher's
/// <see cref="ExtractionOptions.BodySelector"/>, <c>[itemprop=articleBody]</c>, well-known body class names,
/// the <c>article</c> element, and last the element that parents the most prose. A body split in several
/// parts (around an ad slot, say) comes back as all its parts in document order.
/// </summary>
internal static class MainContentFinder
{
    // Class or id tokens that sites use for the body container, most specific first.
    private static readonly string[] BodyHints =
    [
        "article-body", "articlebody", "article__body", "article-body-text", "story-body", "storybody", "story__body",
        "entry-content", "post-content", "post-body", "article-text", "story-text", "story-content", "body-text",
        "article-content", "content-body", "article__content", "c-entry-content", "rich-text",
    ];

    public static IReadOnlyList<IElement> Find(IElement root, PageAnalysis page, ExtractionOptions options)
    {
        var total = page.StatsOf(root).ContentChars;
        // Enough text to be the story: a hint that matches only a teaser box must not win.
        var enough = Math.Max(1, Math.Min(200, total * 0.3));
        bool Substantial(IReadOnlyList<IElement> group) => group.Sum(e => page.StatsOf(e).ContentChars) >= enough;

        if (!string.IsNullOrWhiteSpace(options.BodySelector))
        {
            var chosen = Outermost(page, root.QuerySelectorAll(options.BodySelector));
            if (chosen.Count > 0) return chosen; // the publisher knows best, even for a short story
        }

        var microdata = FirstArticle(Outermost(page, page.Elements.Where(e => Microdata.IsArticleBody(e))));
        if (Substantial(microdata)) return microdata;

        var byHint = HintIndex(page);
        foreach (var hint in BodyHints)
        {
            if (!byHint.TryGetValue(hint, out var matches)) continue;
            var group = FirstArticle(Outermost(page, ParagraphFrames(page, matches)));
            if (Substantial(group)) return group;
        }

        var articles = page.Elements.Where(e => e.LocalName == "article" && !page.IsInsideFurniture(e)).ToList();
        // Of several stories on one page (the next one appended below), the one with the page's headline is this one.
        var headlined = articles.Where(e => e.QuerySelector("h1") is not null).ToList();
        var article = headlined.Count == 1 && Substantial(headlined) ? headlined[0] : articles.MaxBy(e => page.StatsOf(e).ContentChars);
        if (article is not null && Substantial([article])) return SplitBody.Widen(article, root, page);

        var best = page.Elements.Where(e => !page.IsInsideFurniture(e))
            .MaxBy(e => Weighted(e, page));
        return best is not null && page.StatsOf(best).Score > 0 ? SplitBody.Widen(best, root, page) : [root];
    }

    /// <summary>
    /// The parts of one story: where the matches sit in different &lt;article&gt; elements, a page that appends the next
    /// story below this one (infinite scroll), only those in the first article, the one the address is for.
    /// </summary>
    private static List<IElement> FirstArticle(List<IElement> group)
    {
        if (group.Count < 2) return group;
        var first = group[0].Closest("article");
        return first is null ? group : group.Where(e => e.Closest("article") == first).ToList();
    }

    /// <summary>
    /// The matches with every paragraph among them (a template that marks each &lt;p&gt; "body-text" rather than the
    /// body) swapped for its parent: read one by one, the paragraphs would leave out what the story sets between them,
    /// its subheads, lists and tables (a recipe's ingredients and method, say).
    /// </summary>
    private static IEnumerable<IElement> ParagraphFrames(PageAnalysis page, List<IElement> matches)
    {
        if (matches.Count < MinMarkedParagraphs || matches.Count(e => e.LocalName == "p") < MinMarkedParagraphs) return matches;
        return matches.Select(e => e.LocalName == "p" && e.ParentElement is { LocalName: not ("body" or "html") } parent && !page.IsInsideFurniture(parent) ? parent : e).Distinct();
    }

    // A hint on this many paragraphs names the paragraphs, not a container; one such paragraph may be a lead alone.
    private const int MinMarkedParagraphs = 2;

    /// <summary>The elements carrying each body hint token, found in one pass over the page.</summary>
    private static Dictionary<string, List<IElement>> HintIndex(PageAnalysis page)
    {
        var index = new Dictionary<string, List<IElement>>();
        foreach (var e in page.Elements)
        {
            if (!e.HasAttribute("class") && !e.HasAttribute("id")) continue;
            foreach (var token in ClassTokens.Of(e).Tokens)
            {
                if (HintIn(token) is not { } hint) continue;
                if (!index.TryGetValue(hint, out var list)) index[hint] = list = [];
                list.Add(e);
            }
        }
        return index;
    }

    /// <summary>
    /// The body hint a class token names: the hint itself, or the hint under the site's own prefix, as BEM themes
    /// write it ("tl-article__body", "sp-article__body", "c-story-body"): the body by the same name.
    /// </summary>
    private static string? HintIn(string token)
    {
        if (BodyHints.Contains(token)) return token;
        foreach (var hint in BodyHints)
        {
            if (token.Length > hint.Length && token.EndsWith(hint, StringComparison.Ordinal) && token[^(hint.Length + 1)] is '-' or '_') return hint;
        }
        return null;
    }

    /// <summary>Paragraph score, discounted for link lists and nudged by what the class and id say.</summary>
    private static double Weighted(IElement element, PageAnalysis page)
    {
        var stats = page.StatsOf(element);
        var factor = 1 - stats.LinkDensity;
        var words = ClassTokens.Of(element).SubWords;
        if (words.Any(w => w is "article" or "body" or "content" or "entry" or "main" or "post" or "story" or "text")) factor *= 1.25;
        return stats.Score * factor;
    }

    /// <summary>
    /// The matches that are not inside another match, inside furniture or inside a link, in document order: a
    /// "story-body" wrapped in a link is a related story's teaser card, never part of this story.
    /// </summary>
    private static List<IElement> Outermost(PageAnalysis page, IEnumerable<IElement> matches)
    {
        var set = matches.Where(e => !page.IsInsideFurniture(e) && e.Closest("a") is null).ToHashSet();
        var result = new List<IElement>();
        foreach (var e in page.Elements)
        {
            if (!set.Contains(e)) continue;
            var nested = false;
            for (var a = e.ParentElement; a is not null && !nested; a = a.ParentElement) nested = set.Contains(a);
            if (!nested) result.Add(e);
        }
        return result;
    }
}
