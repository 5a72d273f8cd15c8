namespace Aloud.Script.Tokens;

/// <summary>What a token is, as far as the tokenizer can tell from its characters alone.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with inner apostrophes, hyphens, dots (U.S) or digits (COVID-19).</summary>
    Word,
    /// <summary>Digits, possibly with inner separators ("1,000", "1.5") and a letter suffix ("37th", "1990s").</summary>
    Number,
    /// <summary>A word masked with dashes or asterisks: "a--", "f***", "s---t".</summary>
    Masked,
    /// <summary>Punctuation: . , ; : ! ? — -- ( ) [ ] quotes, ellipsis.</summary>
    Punctuation,
    /// <summary>Any other visible character: $ % &amp; @ # + © °...</summary>
    Symbol,
    /// <summary>One emoji, a whole sequence ("👩🏽‍⚕️", "🇨🇦", "1️⃣"): silent unless the emoji pass names it.</summary>
    Emoji,
    /// <summary>Already turned into spoken words by a normalisation pass.</summary>
    Spoken,
}

/// <summary>
/// A token of one sentence: its text as written, where it is in the script text, whether a space came
/// before it, and, once a pass has read it, the words to speak.
/// </summary>
internal sealed record Token(TokenKind Kind, string Text, int Start, bool SpaceBefore)
{
    public int Length { get; init; } = Text.Length;

    /// <summary>The spoken words, set when <see cref="Kind"/> is <see cref="TokenKind.Spoken"/>.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The name of the pass that read this token, once one has.</summary>
    public string? Class { get; init; }

    /// <summary>A break a pass asks for after this token (a masked word leaves a pause).</summary>
    public Speech.WordBreak BreakAfter { get; init; }

    public TextSpan Span => new(Start, Length);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);

    public bool IsPunctuation(string text) => Kind == TokenKind.Punctuation && Is(text);
}
