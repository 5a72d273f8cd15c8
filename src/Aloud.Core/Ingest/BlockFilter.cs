using AngleSharp.Dom;

namespace Aloud.Ingest;

/// <summary>
/// The last word on each candidate block: cleans its whitespace, drops empty, promo, link-only, metadata,
/// press-release boilerplate and safe-harbour text, closing sign-off, print jump, funding-note, forwarded-newsletter and photo-control blocks, treats stray photo credits as captions, and turns credit lines into
/// <see cref="BlockKind.Credit"/> blocks (or drops them when credits are off).
/// </summary>
internal sealed class BlockFilter(ExtractionOptions options)
{
    /// <summary>A block made only of link text and at most this many words is a teaser for another page.</summary>
    private const int MaxTeaserWords = 25;

    public void Add(List<ArticleBlock> blocks, BlockKind kind, GatheredText gathered, IElement? element)
    {
        var positions = gathered.Languages.Count == 0 ? null : new int[gathered.Text.Length + 1];
        var text = TextClean.Collapse(gathered.Text, positions);
        ArticleBlock Block(BlockKind k) => new(k, text) { Languages = LanguagesIn(gathered, positions, text) };
        // Nothing a voice could say: rules, bullets, ornaments ("* * *").
        if (!text.Any(char.IsLetterOrDigit)) return;
        if (kind == BlockKind.Caption)
        {
            blocks.Add(Block(kind));
            return;
        }
        if (PromoPhrases.IsPromo(text, options.ExtraPromoPhrases) || PhotoLines.IsControlLabel(text) || GateText.IsGate(text)) return;
        if (kind != BlockKind.Heading && WidgetLines.IsWidgetLine(text)) return;
        if (MetadataLines.IsMetadataLine(text) || ReleaseBoilerplate.IsBoilerplate(text) || SafeHarbourText.IsSafeHarbour(text)) return;
        if (kind == BlockKind.Paragraph && ((element is not null && IsClosingSignOff(element, text)) || EndMatter.IsTypistInitials(text))) return;
        // Notes about the page rather than the story: a transcript's, a fact-checker's, a letters page's, a court summary's, a tag list.
        if (JumpLines.IsJumpLine(text))
        {
            // The slug set over the continued half ("LIBRARY" above "From Page A1") goes with its jump line.
            if (blocks.Count > 0 && blocks[^1].Kind is BlockKind.Paragraph or BlockKind.Heading && JumpLines.IsSlug(blocks[^1].Text)) blocks.RemoveAt(blocks.Count - 1);
            return;
        }
        if (FundingNotices.IsFundingNotice(text) || ForwardedNewsletterNotes.IsForwardedNote(text)) return;
        if (TranscriptNotices.IsNotice(text) || FactCheckerLines.IsFooter(text) || LettersPolicy.IsPolicy(text) || CourtSummaryNotes.IsNote(text) || TagLines.IsTagLine(text)) return;
        if (EndMatter.IsEndMatter(text) || (kind == BlockKind.Paragraph && element is not null && EndMatter.IsAuthorBio(element, text))) return;
        if (kind == BlockKind.Paragraph && PhotoLines.IsPhotoCaption(text))
        {
            // A caption that escaped its markup: kept only where captions are asked for, like any other.
            if (options.IncludeCaptions) blocks.Add(Block(BlockKind.Caption));
            return;
        }
        if (gathered.IsAllLink && (TextClean.IsAllCaps(text) || TextClean.WordCount(text) <= MaxTeaserWords)) return;

        if (kind is BlockKind.Paragraph or BlockKind.Quote
            && ((element is not null && BoilerplateRules.IsCreditByClass(element)) || CreditLines.IsCredit(text)))
        {
            if (options.IncludeCredits) blocks.Add(Block(BlockKind.Credit));
            return;
        }
        var block = Block(kind);
        if (kind == BlockKind.Paragraph && gathered.IsAllItalic) _italic.Add(block);
        blocks.Add(block);
    }

    // The paragraphs set wholly in italics, by reference: a block's text alone cannot say so.
    private readonly HashSet<ArticleBlock> _italic = new(ReferenceEqualityComparer.Instance);

    /// <summary>Whether <paramref name="block"/> was a paragraph set wholly in italics (see <see cref="ItalicNotes"/>).</summary>
    public bool IsSetInItalics(ArticleBlock block) => _italic.Contains(block);

    /// <summary>
    /// The author's name set right-aligned under the story ("&lt;p style='text-align:right'&gt;&lt;strong&gt;Ngọc
    /// Hân&lt;/strong&gt;&lt;/p&gt;", as Vietnamese, Chinese and Korean papers sign a story): a few capitalised words, no
    /// sentence. The byline is metadata, read (if at all) by the intro.
    /// </summary>
    private static bool IsClosingSignOff(AngleSharp.Dom.IElement element, string text)
    {
        var style = element.GetAttribute("style");
        if (style is null || !style.Replace(" ", "", StringComparison.Ordinal).Contains("text-align:right", StringComparison.OrdinalIgnoreCase)) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxSignOffWords && words.All(w => char.IsUpper(w[0])) && char.IsLetter(text[^1]);
    }

    private const int MaxSignOffWords = 5;

    /// <summary>The gathered text's language stretches in the collapsed text's positions, without spaces at their ends.</summary>
    private static IReadOnlyList<Script.LanguageSpan> LanguagesIn(GatheredText gathered, int[]? positions, string text)
    {
        if (positions is null) return [];
        var spans = new List<Script.LanguageSpan>(gathered.Languages.Count);
        foreach (var marked in gathered.Languages)
        {
            var start = positions[marked.Start];
            var end = Math.Min(positions[marked.End], text.Length);
            while (start < end && text[start] == ' ') start++;
            while (end > start && text[end - 1] == ' ') end--;
            if (end > start) spans.Add(new Script.LanguageSpan(new Script.TextSpan(start, end - start), marked.Language));
        }
        return spans;
    }
}
