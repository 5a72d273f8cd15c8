using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// "550-600 lb steers", "6-8 hr power cuts": a range's measure before a noun describes the noun, just as "a 20kg bag"
/// does, so its unit is said in the singular ("five hundred fifty to six hundred pound steers"). A range needs no
/// determiner before it to be a modifier, but with none the noun must show itself as one by its plural.
/// </summary>
internal sealed partial class MeasurePass
{
    /// <summary>
    /// Whether the figure at <paramref name="index"/> closes a range ("6-8", "550–600", written with no spaces) and the
    /// word at <paramref name="nounAt"/> is a noun it describes.
    /// </summary>
    private static bool RangeEndDescribesNoun(IReadOnlyList<Token> tokens, int index, int nounAt) =>
        !tokens[index].SpaceBefore
        && At(tokens, index - 1) is { Kind: TokenKind.Punctuation, Text: "-" or "\u2013", SpaceBefore: false }
        && At(tokens, index - 2) is { Kind: TokenKind.Number } start && NumberText.IsPlain(start.Text.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal))
        && IsNounAfterMeasure(tokens, nounAt)
        // A plural noun ("steers"), or a noun before one ("power cuts"): "10-15 mm fell" has a verb, no noun to describe.
        && (IsPluralNoun(tokens[nounAt].Text) || IsNounAfterMeasure(tokens, nounAt + 1) && IsPluralNoun(tokens[nounAt + 1].Text));
}
