namespace Aloud.Ingest;

/// <summary>
/// How an article is pulled out of a page or a text. The defaults suit a typical news site; a publisher
/// extends the built-in rules here rather than by editing them.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: captions off, credit lines on, no extra rules.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>Keep photo captions (figcaption, <c>.caption</c>) as <see cref="BlockKind.Caption"/> blocks.</summary>
    public bool IncludeCaptions { get; init; }

    /// <summary>Keep lines such as "Jane Doe contributed to this report." as <see cref="BlockKind.Credit"/> blocks.</summary>
    public bool IncludeCredits { get; init; } = true;

    /// <summary>
    /// More promo or call-to-action phrases (plain text, case-insensitive): a short paragraph containing one
    /// is dropped, like the built-in ones such as "click here".
    /// </summary>
    public IReadOnlyList<string> ExtraPromoPhrases { get; init; } = [];

    /// <summary>CSS selectors of elements to drop from the body, in addition to the built-in rules.</summary>
    public IReadOnlyList<string> DropSelectors { get; init; } = [];

    /// <summary>
    /// CSS selectors of elements that the class/id and hidden-element rules must not drop (they still have
    /// to be inside the article body to be read).
    /// </summary>
    public IReadOnlyList<string> KeepSelectors { get; init; } = [];

    /// <summary>
    /// A CSS selector for the article body container when the publisher knows it; when it matches nothing
    /// the usual detection runs.
    /// </summary>
    public string? BodySelector { get; init; }

    /// <summary>Inputs larger than this are refused before parsing (default 10 MB) so a huge page cannot stall a run.</summary>
    public long MaxInputBytes { get; init; } = 10 * 1024 * 1024;
}
