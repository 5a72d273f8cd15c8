using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Short terms of classifieds and notices that no other pass reads: a condition ("vgc"), a house type ("semi-d"), a
/// pickup's cab ("4x4 d/cab", "D/C" in a vehicle listing), a vessel's length overall ("over 12m LOA"), a radio channel
/// ("VHF Ch 16"), and the British count word "no." after a count ("replace 4 no. doors", said "replace four doors").
/// </summary>
internal sealed class ListingTermPass : TokenPass
{
    public override string Name => "listing-term";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        if (word.Text is "vgc")
        {
            replacement = Spoken(tokens, index, 1, "very good condition");
            return 1;
        }
        if (word.Text.Equals("semi-d", StringComparison.OrdinalIgnoreCase))
        {
            // Irish property copy's semi-detached house.
            replacement = Spoken(tokens, index, 1, char.IsUpper(word.Text[0]) ? "Semi-detached" : "semi-detached");
            return 1;
        }
        if (word.Text is "d" or "D" && At(tokens, index + 1) is { Text: "/", SpaceBefore: false } && At(tokens, index + 2) is { Kind: TokenKind.Word, SpaceBefore: false } cab)
        {
            // "4x4 d/cab": a dual cab written out; "D/C" only where the line sells a vehicle, since it is also a current.
            if (cab.Text.Equals("cab", StringComparison.OrdinalIgnoreCase))
            {
                replacement = Spoken(tokens, index, 3, "dual cab");
                return 3;
            }
            if (cab.Text == "C" && word.Text == "D" && SellsAVehicle(tokens))
            {
                replacement = Spoken(tokens, index, 3, "double cab");
                return 3;
            }
        }
        if (word.Text == "LOA" && At(tokens, index - 1) is { Kind: TokenKind.Number or TokenKind.Spoken }
            or { Kind: TokenKind.Word, Text: "m" or "metres" or "meters" or "ft" or "feet" })
        {
            // "vessels over 12m LOA": a length overall after the length.
            replacement = Spoken(tokens, index, 1, "length overall");
            return 1;
        }
        if (word.Text == "Ch" && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "VHF" or "UHF" or "CB" or "radio" or "Radio" }
            && At(tokens, index + 1) is { Kind: TokenKind.Number, SpaceBefore: true } or { Kind: TokenKind.Spoken, Class: "cardinal", SpaceBefore: true })
        {
            // "call on VHF Ch 16": a radio channel before its number.
            replacement = Spoken(tokens, index, 1, "channel");
            return 1;
        }
        if (word.Text == "no" && At(tokens, index + 1) is { Text: ".", SpaceBefore: false }
            && At(tokens, index - 1) is { Kind: TokenKind.Number } or { Kind: TokenKind.Spoken, Class: "cardinal" }
            && At(tokens, index + 2) is { Kind: TokenKind.Word } noun && noun.Text.All(char.IsLower))
        {
            // "6 no. sash windows": a schedule's count word adds nothing said aloud after the count.
            replacement = Spoken(tokens, index, 2, "");
            return 2;
        }
        return 0;
    }

    /// <summary>Whether the sentence sells a vehicle: a four-by-four or a distance on the clock ("178 000 km").</summary>
    private static bool SellsAVehicle(IReadOnlyList<Token> tokens) =>
        tokens.Any(token => token.Text is "4x4" or "4X4" or "4WD" or "bakkie" or "ute" or "four by four"
            || token is { Kind: TokenKind.Spoken, Class: "measure" } && token.Words.Count > 0 && token.Words[^1] is "kilometers" or "kilometres" or "km" or "miles");
}
