namespace Aloud.Script;

/// <summary>
/// A span of the written text marked as being in <see cref="Language"/> (HTML <c>lang</c>, SSML <c>xml:lang</c>).
/// Words take the language of the span their first character falls in; text outside every span is in the
/// article's language. Spans of one block do not overlap and are in text order.
/// </summary>
/// <param name="Span">The characters, relative to the text the span belongs to (a block's text).</param>
/// <param name="Language">The BCP-47 tag as the source wrote it ("de", "fr-CA").</param>
public sealed record LanguageSpan(TextSpan Span, string Language);
