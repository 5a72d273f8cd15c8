using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A British motorway junction written short: "between J4 and J5 of the M5" -> "between junction four and junction
/// five". Only in a sentence that names a motorway ("M5", "A1(M)") or says "motorway" or "junction", since a "J4"
/// elsewhere may be a seat, a grid square or a model.
/// </summary>
internal sealed class MotorwayJunctionPass(INumberWords numbers) : TokenPass
{
    private static readonly HashSet<string> RoadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "motorway", "motorways", "junction", "junctions", "carriageway", "slip", "sliproad", "hard-shoulder", "roadworks",
    };

    public override string Name => "road";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (LetterPrefixedNumber.Read(tokens, index, "J", spaced: false) is not { } read || !NamesAMotorway(tokens, index))
        {
            return 0;
        }
        var (used, digits) = read;
        replacement = Spoken(tokens, index, used, $"junction {numbers.Cardinal(int.Parse(digits, CultureInfo.InvariantCulture))}");
        return used;
    }

    private static bool NamesAMotorway(IReadOnlyList<Token> tokens, int index) =>
        NearbyWords.Any(tokens, index, RoadWords)
        || NearbyWords.AnyOther(tokens, index, k => tokens[k] is { Kind: TokenKind.Word, Text: ['M', .. var road] } && road.Length is >= 1 and <= 3 && NumberText.IsPlain(road)
            || tokens[k] is { Kind: TokenKind.Word, Text: "M" } && At(tokens, k + 1) is { Kind: TokenKind.Number, SpaceBefore: false } roadNumber
                && roadNumber.Text.Length <= 3 && NumberText.IsPlain(roadNumber.Text));
}
