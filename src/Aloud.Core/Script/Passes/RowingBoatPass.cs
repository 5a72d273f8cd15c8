using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Rowing's boat classes by their results shorthand, in a sentence about rowing: "the men's 1x" -> "single scull", "2x"
/// -> "double scull", "4x" -> "quad scull", "4+" -> "coxed four", "4-" -> "coxless four", "2-" -> "coxless pair", "8+"
/// -> "eight". The digit counts the rowers, the x says each pulls two oars, the plus or minus says whether a cox steers;
/// read as a product ("one times") or a sum ("four plus") it means nothing. Claimed before the measure pass takes "1x".
/// </summary>
internal sealed class RowingBoatPass : TokenPass
{
    public override string Name => "rowing";

    /// <summary>Words only a rowing sentence has; a crew alone may be a ship's or a film's, so it needs a boat word.</summary>
    private static readonly HashSet<string> RowingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "regatta", "regattas", "rowing", "rower", "rowers", "rowed", "scull", "sculls", "sculler", "scullers", "sculling",
        "cox", "coxed", "coxless", "coxswain", "oarsman", "oarsmen", "oarswoman", "oarswomen", "crew", "crews",
    };

    /// <summary>A rowing word, also as a possessive ("the crew's 8+").</summary>
    private static bool IsRowingWord(Token token) =>
        token.Kind == TokenKind.Word && RowingWords.Contains(token.Text.EndsWith("'s", StringComparison.Ordinal) ? token.Text[..^2] : token.Text);

    /// <summary>The sentence is looked at only where it has a rowing word, found once rather than at every number.</summary>
    public override List<Token> Apply(List<Token> tokens) => tokens.Any(IsRowingWord) ? base.Apply(tokens) : tokens;

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Number } boat)
        {
            return 0;
        }
        var before = At(tokens, index - 1) is { Kind: TokenKind.Word } word ? word.Text.ToLowerInvariant() : "";
        if (boat.Text is "1x" or "2x" or "4x")
        {
            replacement = Spoken(tokens, index, 1, boat.Text switch { "1x" => "single scull", "2x" => "double scull", _ => "quad scull" });
            return 1;
        }
        if (boat.Text is not ("2" or "4" or "8") || At(tokens, index + 1) is not { Kind: TokenKind.Punctuation or TokenKind.Symbol, Text: "+" or "-", SpaceBefore: false } sign
            // "2-1", "2-km": a score or a compound goes on past the sign; a boat's sign ends it.
            || At(tokens, index + 2) is { SpaceBefore: false, Kind: not TokenKind.Punctuation })
        {
            return 0;
        }
        var coxed = sign.Text == "+";
        if (boat.Text == "8")
        {
            // An eight always carries a cox, so nobody names it.
            if (!coxed)
            {
                return 0;
            }
            replacement = Spoken(tokens, index, 2, "eight");
            return 2;
        }
        var size = boat.Text == "2" ? "pair" : "four";
        // "coxed 4+": the copy has said it already.
        var named = before is "coxed" or "coxless" ? size : $"{(coxed ? "coxed" : "coxless")} {size}";
        replacement = Spoken(tokens, index, 2, named);
        return 2;
    }
}
