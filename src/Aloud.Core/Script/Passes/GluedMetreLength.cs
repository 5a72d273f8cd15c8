using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// A figure glued to "m" that is a physical length, not British copy's million, though what follows would otherwise look
/// counted: a length label after it ("12m LOA", "3m high"), a structure it is the size of ("the proposed 18.5m
/// telecommunications mast"), or a vessel or vehicle limited "over" or "under" it ("boats over 9m"). Money and counted
/// nouns keep the million: a currency sign reads first in MoneyPass, a plural head noun ("3m homes") is no structure, and
/// a structure that only names a spending ("the 5m bridge repair") is left to the million.
/// </summary>
internal static class GluedMetreLength
{
    /// <summary>Words and labels that say a length was measured: "LOA" (length overall), "LWL", "long", "high".</summary>
    private static readonly HashSet<string> LengthLabels = new(StringComparer.Ordinal)
    {
        "LOA", "LWL", "LOD", "long", "high", "tall", "wide", "deep", "thick", "length", "height", "beam", "draft", "draught",
    };

    /// <summary>Singular nouns of built or standing things whose size is a length.</summary>
    private static readonly HashSet<string> StructureNouns = new(StringComparer.Ordinal)
    {
        "mast", "tower", "pole", "antenna", "aerial", "turbine", "wall", "fence", "hedge", "bridge", "tunnel", "building", "shed",
        "garage", "crane", "chimney", "statue", "spire", "monopole", "pylon", "yacht", "boat", "vessel", "ship", "catamaran",
        "trawler", "cruiser", "ketch", "sloop", "dinghy", "tree", "cliff", "wave", "slide", "ramp", "pontoon", "jetty", "seawall",
        "extension", "billboard", "sign", "flagpole", "lighthouse", "dam", "embankment",
    };

    /// <summary>Words after a structure that make the phrase a spending, where the figure is the money.</summary>
    private static readonly HashSet<string> SpendingWords = new(StringComparer.Ordinal)
    {
        "project", "projects", "scheme", "upgrade", "upgrades", "repair", "repairs", "works", "plan", "programme", "program",
        "contract", "deal", "budget", "fund", "funding", "bill", "overhaul", "refurbishment", "investment", "redevelopment",
        "replacement", "cost", "costs", "grant", "loan", "sale", "business", "company", "firm", "industry", "sector", "market",
    };

    /// <summary>Plural nouns of craft and vehicles a length limits: "vessels over 12m", "trucks under 7.5m".</summary>
    private static readonly HashSet<string> LimitedByLength = new(StringComparer.Ordinal)
    {
        "vessels", "boats", "yachts", "ships", "craft", "vehicles", "trucks", "lorries", "trailers", "caravans", "buses", "coaches",
        "motorhomes", "campervans",
    };

    /// <summary>Whether the figure glued to "m" at <paramref name="index"/> is a length by what stands around it.</summary>
    public static bool Is(IReadOnlyList<Token> tokens, int index)
    {
        if (TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } label && LengthLabels.Contains(label.Text))
        {
            return true;
        }
        if (NamesAStructure(tokens, index + 1) || TokenPass.At(tokens, index + 1) is { Kind: TokenKind.Word, SpaceBefore: true } modifier
            && modifier.Text.All(char.IsAsciiLetterLower) && NamesAStructure(tokens, index + 2))
        {
            return true;
        }
        return TokenPass.At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "over" or "under" or "above" or "below" }
            && TokenPass.At(tokens, index - 2) is { Kind: TokenKind.Word } limited && LimitedByLength.Contains(limited.Text.ToLowerInvariant());
    }

    private static bool NamesAStructure(IReadOnlyList<Token> tokens, int at) =>
        TokenPass.At(tokens, at) is { Kind: TokenKind.Word, SpaceBefore: true } noun && StructureNouns.Contains(noun.Text)
        && !(TokenPass.At(tokens, at + 1) is { Kind: TokenKind.Word } after && SpendingWords.Contains(after.Text));
}
