namespace Aloud.Ingest;

/// <summary>What kind of text a block of an article holds; the player and the narrator treat them differently.</summary>
public enum BlockKind
{
    Heading,
    Paragraph,
    Quote,
    ListItem,
    /// <summary>A credit line such as "Jane Doe contributed to this report." (kept by default, switchable).</summary>
    Credit,
    /// <summary>A photo caption: dropped by default, kept when a publisher asks for captions.</summary>
    Caption,
}

/// <summary>One block of the article body, with its text as written (whitespace collapsed).</summary>
public sealed record ArticleBlock(BlockKind Kind, string Text)
{
    /// <summary>Spans of <see cref="Text"/> said differently from how they are written (SSML sub and say-as).</summary>
    public IReadOnlyList<Script.SpanOverride> Overrides { get; init; } = [];

    /// <summary>Spans of <see cref="Text"/> spoken faster or slower than the narration (SSML prosody rate).</summary>
    public IReadOnlyList<Script.RateSpan> Rates { get; init; } = [];

    /// <summary>Pronunciations the source gave for parts of <see cref="Text"/> (SSML &lt;phoneme&gt;); usually none.</summary>
    public IReadOnlyList<BlockPronunciation> Pronunciations { get; init; } = [];

    /// <summary>
    /// Spans of <see cref="Text"/> marked in a language (HTML lang, SSML xml:lang), in text order; the rest is in
    /// the article's language. A span may name the article's own language (a page's lang on every element).
    /// </summary>
    public IReadOnlyList<Script.LanguageSpan> Languages { get; init; } = [];
}

/// <summary>
/// An article as extracted from a page, a feed item or plain text: metadata plus the body blocks in
/// document order. The headline and byline are not part of <see cref="Blocks"/>.
/// </summary>
public sealed record Article(
    string? Title,
    string? Byline,
    DateTimeOffset? Published,
    string Language,
    Uri? Url,
    IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>The body paragraphs joined by blank lines, as <c>articleBody</c> in extraction output.</summary>
    public string BodyText => string.Join("\n\n", Blocks.Select(b => b.Text));

    /// <summary>The number of whitespace-separated words in the body.</summary>
    public int BodyWordCount => Blocks.Sum(b => b.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
}
