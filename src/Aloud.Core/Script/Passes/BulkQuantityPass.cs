using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Farm and water units written apart from their number, which the general unit reading leaves alone because the
/// symbols are also letters: a spaced "t" after a number or its scale is tonnes ("24.1 million t", "6.5 t/ha" ->
/// "six point five tonnes per hectare"), and a spaced "ML" or "GL" after a number in a sentence about water is
/// megaliters or gigaliters ("150 ML a day" from a desalination plant).
/// </summary>
internal sealed class BulkQuantityPass : TokenPass
{
    /// <summary>Words of water supply, beside which a spaced "ML" or "GL" is a volume, not an initialism.</summary>
    private static readonly HashSet<string> WaterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "water", "dam", "dams", "reservoir", "reservoirs", "desalination", "storage", "irrigation", "allocation", "allocations", "river",
        "rainfall", "inflows", "inflow", "catchment", "aquifer", "supply", "pumped", "treated", "wastewater", "sewage", "recycled", "drought",
    };

    public override string Name => "measure";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word, SpaceBefore: true } symbol || symbol.Text is not ("t" or "ML" or "GL") || !AfterAmount(tokens, index, out var one))
        {
            return 0;
        }
        // Tonnes keep their metric name; the volumes are spelled as every other unit is.
        var unit = symbol.Text == "t" ? one ? "tonne" : "tonnes" : Units.Read(symbol.Text, one, glued: true)!;
        if (symbol.Text != "t" && !NearbyWords.Any(tokens, index, WaterWords))
        {
            return 0;
        }
        if (At(tokens, index + 1) is { Text: "/", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } per
            && Units.ReadPer(per.Text) is { } perUnit && per.Text != "t")
        {
            // "6.5 t/ha" -> "six point five tonnes per hectare".
            replacement = Spoken(tokens, index, 3, $"{unit} per {perUnit}");
            return 3;
        }
        // Only where the symbol ends the quantity: "the 5 t truck" may be a label, "24.1 million t," is not.
        if (symbol.Text == "t" && At(tokens, index + 1) is not (null or { Kind: TokenKind.Punctuation, Text: not ("/" or "-") } or { Kind: TokenKind.Word, Text: "of" or "a" or "per" or "each" or "in" or "and" or "or" }))
        {
            return 0;
        }
        replacement = Spoken(tokens, index, 1, unit);
        return 1;
    }

    /// <summary>
    /// Whether a number, or a number and its scale word ("24.1 million"), stands right before <paramref name="index"/>;
    /// <paramref name="one"/> is whether that number is exactly one.
    /// </summary>
    private static bool AfterAmount(IReadOnlyList<Token> tokens, int index, out bool one)
    {
        one = false;
        var before = At(tokens, index - 1);
        if (before is { Kind: TokenKind.Word, Text: "thousand" or "million" or "billion" } && At(tokens, index - 2) is { Kind: TokenKind.Number or TokenKind.Spoken })
        {
            return true;
        }
        if (before is { Kind: TokenKind.Number } number && number.Text.Length > 0 && number.Text.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            one = number.Text == "1";
            return true;
        }
        return false;
    }
}
