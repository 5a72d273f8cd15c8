namespace Aloud.Script;

/// <summary>
/// Forces what is said for a span of the written text: the normaliser reads <see cref="Say"/> (as it reads any
/// text, so "3rd" becomes "third") instead of the characters of <see cref="Span"/>, and every word it says points
/// back at <see cref="Span"/>. The article keeps the author's writing while the listener hears the reading:
/// SSML <c>&lt;sub&gt;</c> and <c>&lt;say-as&gt;</c> today, an editor's "read this span like this" later.
/// </summary>
/// <param name="Span">The written characters, relative to the text the override belongs to (a block's text).</param>
/// <param name="Say">What to say instead; empty says nothing.</param>
/// <param name="Class">The class its spoken words get ("sub", "say-as"), as a pass's name would be.</param>
public sealed record SpanOverride(TextSpan Span, string Say, string Class = "override");
