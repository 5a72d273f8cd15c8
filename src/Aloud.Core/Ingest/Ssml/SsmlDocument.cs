namespace Aloud.Ingest.Ssml;

/// <summary>A <c>&lt;phoneme&gt;</c> as written: its text and the pronunciation the author gave (read into the block's <see cref="ArticleBlock.Pronunciations"/>).</summary>
public sealed record SsmlPhoneme(int BlockIndex, string Text, string? Alphabet, string Ph);

/// <summary>A <c>&lt;prosody rate&gt;</c> as written, by the paragraph it starts in; the rate it resolves to is applied through <see cref="ArticleBlock.Rates"/>.</summary>
public sealed record SsmlRate(int BlockIndex, string Rate);

/// <summary>
/// An SSML document read into an <see cref="Ingest.Article"/> (its paragraphs as the author wrote them, each
/// with its say-as and sub readings as <see cref="ArticleBlock.Overrides"/> and its prosody rates as
/// <see cref="ArticleBlock.Rates"/>) plus what the blocks do not carry.
/// </summary>
public sealed record SsmlDocument(Article Article, IReadOnlyList<SsmlPhoneme> Phonemes, IReadOnlyList<SsmlRate> Rates, IReadOnlyList<string> Notes);
