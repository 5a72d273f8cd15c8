namespace Aloud.Ingest.Ssml;

/// <summary>A <c>&lt;phoneme&gt;</c> as written: its text and the pronunciation the author gave (read into the block's <see cref="ArticleBlock.Pronunciations"/>).</summary>
public sealed record SsmlPhoneme(int BlockIndex, string Text, string? Alphabet, string Ph);

/// <summary>A <c>&lt;prosody rate&gt;</c> over (part of) a paragraph: recorded, not yet applied (the rate is per narration).</summary>
public sealed record SsmlRate(int BlockIndex, string Rate);

/// <summary>
/// An SSML document read into an <see cref="Ingest.Article"/> (its paragraphs, with say-as and sub already
/// turned into the plain text our normaliser reads the intended way) plus what plain text cannot carry.
/// </summary>
public sealed record SsmlDocument(Article Article, IReadOnlyList<SsmlPhoneme> Phonemes, IReadOnlyList<SsmlRate> Rates, IReadOnlyList<string> Notes);
