using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A bridge club's results name the pairs by the seats they sat: "N/S 1st Nolan &amp; Quirke; E/W 1st ..." ->
/// "North-South", "East-West". "N/S" is also a classified's non-smoker and "E/W" a bet each way, so the reading needs
/// a placing after it or the other direction in the same sentence.
/// </summary>
internal sealed class BridgeDirectionPass : TokenPass
{
    public override string Name => "abbreviation";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (Direction(tokens, index) is not { } said)
        {
            return 0;
        }
        var other = said == "North-South" ? "East-West" : "North-South";
        var placingFollows = At(tokens, index + 3) is { Kind: TokenKind.Number } place && NumberText.Split(place.Text).Suffix is "st" or "nd" or "rd" or "th"
            || At(tokens, index + 3) is { Kind: TokenKind.Spoken, Class: "ordinal" } || At(tokens, index + 3) is { Text: ":" };
        var otherInSentence = false;
        for (var i = 0; i < tokens.Count && !otherInSentence; i++)
        {
            otherInSentence = i != index && Direction(tokens, i) == other;
        }
        if (!placingFollows && !otherInSentence)
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 3, said);
        return 3;
    }

    /// <summary>"N/S" or "E/W" as three tokens, capitals, nothing spaced.</summary>
    private static string? Direction(IReadOnlyList<Token> tokens, int index) =>
        At(tokens, index) is { Kind: TokenKind.Word, Text: "N" or "E" } first && At(tokens, index + 1) is { Text: "/", SpaceBefore: false }
        && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } second && At(tokens, index + 3) is not { Text: "/", SpaceBefore: false }
            ? (first.Text, second.Text) switch { ("N", "S") => "North-South", ("E", "W") => "East-West", _ => null }
            : null;
}
