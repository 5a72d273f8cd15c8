namespace Aloud.Script;

/// <summary>
/// A span of the written text spoken at <see cref="Rate"/> times the narration's rate (SSML
/// <c>&lt;prosody rate&gt;</c>). Words take the rate of the span their first character falls in; text outside
/// every span is at 1.0.
/// </summary>
/// <param name="Span">The characters, relative to the text the span belongs to (a block's text).</param>
/// <param name="Rate">The multiplier of the narration's rate, already checked and clamped by whoever made it.</param>
public sealed record RateSpan(TextSpan Span, double Rate);
