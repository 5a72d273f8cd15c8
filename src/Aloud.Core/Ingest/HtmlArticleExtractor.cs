using AngleSharp.Html.Parser;

namespace Aloud.Ingest;

/// <summary>
/// Extracts an <see cref="Article"/> from an HTML page: metadata by <see cref="ArticleMetadataReader"/>,
/// the story container by <see cref="MainContentFinder"/>, and its blocks by <see cref="BlockCollector"/>,
/// leaving out navigation, ads, promos, captions (unless asked for) and the headline itself.
/// </summary>
public static class HtmlArticleExtractor
{
    // AngleSharp's own guard; it does not keep the stack of open elements from growing, so nesting is bounded first.
    private const int MaxDepth = 512;

    // Past this depth tags are dropped before parsing (their text is kept): parsing and every later walk stay
    // linear in the page however deep hostile markup nests. Real articles nest a few dozen levels.
    internal const int MaxNesting = 256;

    /// <summary>
    /// Extracts the article from <paramref name="html"/>. The result may have no blocks; callers that need
    /// text (such as <see cref="ArticleReader"/>) decide what that means.
    /// </summary>
    /// <exception cref="ArgumentException">A selector in <paramref name="options"/> is not valid CSS.</exception>
    public static Article Extract(string html, Uri? source = null, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        _ = new BoilerplateRules(options); // validates the publisher's selectors before any work

        var parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = MaxDepth, SkipComments = true });
        using var document = parser.ParseDocument(HtmlNestingLimiter.Limit(html, MaxNesting));
        var metadata = ArticleMetadataReader.Read(document);

        // The page's own paywall markup names its locked story text, which is read like any other.
        var rules = new BoilerplateRules(options) { WalledParts = WalledParts.Find(document) };
        var root = document.Body ?? document.DocumentElement;
        var page = PageAnalysis.Analyze(root, rules);
        var containers = ShowNotes.Prepend(LeadParagraph.Prepend(MainContentFinder.Find(root, page, options), page), page);
        var filter = new BlockFilter(options);
        var blocks = new BlockCollector(rules, filter, options, page).Collect(containers);
        blocks = ItalicNotes.Trim(blocks, filter.IsSetInItalics);
        blocks = LeadingMetadata.Trim(RepeatedQuotes.Drop(blocks), metadata.Title, metadata.Byline);

        return new Article(metadata.Title, metadata.Byline, metadata.Published, metadata.Language, source, blocks);
    }
}
