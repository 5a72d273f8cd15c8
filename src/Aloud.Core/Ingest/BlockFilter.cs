using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The last word on each candidate block: cleans its whitespace, drops empty, promo, link-only and
/// photo-control blocks, treats stray photo credits as captions, and turns credit lines into
/// <see cref="BlockKind.Credit"/> blocks (or drops them when credits are off).
/// </summary>
internal sealed class BlockFilter(ExtractionOptions options)
{
    /// <summary>A block made only of link text and at most this many words is a teaser for another page.</summary>
    private const int MaxTeaserWords = 25;

    public void Add(List<ArticleBlock> blocks, BlockKind kind, GatheredText gathered, IElement? element)
    {
        var text = TextClean.Collapse(gathered.Text);
        // Nothing a voice could say: rules, bullets, ornaments ("* * *").
        if (!text.Any(char.IsLetterOrDigit)) return;
        if (kind == BlockKind.Caption)
        {
            blocks.Add(new ArticleBlock(kind, text));
            return;
        }
        if (PromoPhrases.IsPromo(text, options.ExtraPromoPhrases) || PhotoLines.IsControlLabel(text) || GateText.IsGate(text)) return;
        if (kind != BlockKind.Heading && WidgetLines.IsWidgetLine(text)) return;
        if (kind == BlockKind.Paragraph && PhotoLines.IsPhotoCaption(text))
        {
            // A caption that escaped its markup: kept only where captions are asked for, like any other.
            if (options.IncludeCaptions) blocks.Add(new ArticleBlock(BlockKind.Caption, text));
            return;
        }
        if (gathered.IsAllLink && (TextClean.IsAllCaps(text) || TextClean.WordCount(text) <= MaxTeaserWords)) return;

        if (kind is BlockKind.Paragraph or BlockKind.Quote
            && ((element is not null && BoilerplateRules.IsCreditByClass(element)) || CreditLines.IsCredit(text)))
        {
            if (options.IncludeCredits) blocks.Add(new ArticleBlock(BlockKind.Credit, text));
            return;
        }
        blocks.Add(new ArticleBlock(kind, text));
    }
}
