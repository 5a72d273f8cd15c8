using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// Short terms of classifieds and notices that no other pass reads: a condition ("vgc"), a house type ("semi-d"), a
/// pickup's cab ("4x4 d/cab", "D/C" in a vehicle listing), a vessel's length overall ("over 12m LOA"), a radio channel
/// ("VHF Ch 16"), a phone label ("Ph Jo 027 ..."), concession prices ("£10/£8 conc."), a bearing after a distance
/// ("3 mi. N of Elkhorn"), and the British count word "no." after a count ("replace 4 no. doors", said "replace four doors").
/// </summary>
internal sealed class ListingTermPass : TokenPass
{
    public override string Name => "listing-term";

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        if (CompassAfterDistance(tokens, index, out var compassTokens, out var bearing))
        {
            replacement = Spoken(tokens, index, compassTokens, bearing);
            return compassTokens;
        }
        if (tokens[index] is not { Kind: TokenKind.Word } word)
        {
            return 0;
        }
        if (word.Text is "Ph" or "ph" or "PH" && BeforePhoneNumber(tokens, index, out var phoneLabelTokens))
        {
            // "Ph Jo 027 555 0921", "ph. 555 0192": a notice's label for the phone number after it, a contact's name between.
            replacement = Spoken(tokens, index, phoneLabelTokens, char.IsUpper(word.Text[0]) ? "Phone" : "phone");
            return phoneLabelTokens;
        }
        if (word.Text is "conc" or "concs" or "Conc" && (At(tokens, index - 1) is { Kind: TokenKind.Spoken, Class: "money" } || At(tokens, index - 1) is { Text: "/" }))
        {
            // "£10/£8 conc.": the reduced price for concession holders, after the full price.
            var concessionTokens = At(tokens, index + 1) is { Text: ".", SpaceBefore: false } && At(tokens, index + 2) is not null ? 2 : 1;
            replacement = Spoken(tokens, index, concessionTokens, "concessions");
            return concessionTokens;
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

    /// <summary>
    /// "3 mi. N of Elkhorn", "5 km SW of the town": a compass point's capital after a distance and before "of" is the
    /// bearing from the place. The measure's stop, where the measure left it, goes with the bearing, as it ends no sentence.
    /// </summary>
    private static bool CompassAfterDistance(IReadOnlyList<Token> tokens, int index, out int used, out string bearing)
    {
        used = 0;
        bearing = "";
        var at = tokens[index] is { Kind: TokenKind.Punctuation, Text: ".", SpaceBefore: false } ? index + 1 : index;
        if (At(tokens, at) is not { Kind: TokenKind.Word } point || !AbbreviationPass.CompassPoints.TryGetValue(point.Text, out var name)
            || At(tokens, at + 1) is not { Kind: TokenKind.Word, Text: "of" } || At(tokens, index - 1) is not { Kind: TokenKind.Spoken, Class: "measure" } distance
            || distance.Words.Count == 0 || distance.Words[^1] is not ("miles" or "mile" or "kilometres" or "kilometers" or "kilometre" or "kilometer" or "metres" or "meters" or "yards" or "feet" or "km"))
        {
            return false;
        }
        used = at + 1 - index;
        bearing = name;
        return true;
    }

    /// <summary>
    /// Whether a phone number follows the label at <paramref name="index"/>, straight after it or after a contact's name
    /// of one or two capitalised words; <paramref name="used"/> counts the label and its stop.
    /// </summary>
    private static bool BeforePhoneNumber(IReadOnlyList<Token> tokens, int index, out int used)
    {
        used = At(tokens, index + 1) is { Text: ".", SpaceBefore: false } ? 2 : 1;
        for (var k = index + used; k <= index + used + 2; k++)
        {
            if (At(tokens, k) is { Kind: TokenKind.Spoken, Class: "telephone" })
            {
                return true;
            }
            if (At(tokens, k) is not { Kind: TokenKind.Word } name || !char.IsUpper(name.Text[0]))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Whether the sentence sells a vehicle: a four-by-four or a distance on the clock ("178 000 km").</summary>
    private static bool SellsAVehicle(IReadOnlyList<Token> tokens) =>
        tokens.Any(token => token.Text is "4x4" or "4X4" or "4WD" or "bakkie" or "ute" or "four by four"
            || token is { Kind: TokenKind.Spoken, Class: "measure" } && token.Words.Count > 0 && token.Words[^1] is "kilometers" or "kilometres" or "km" or "miles");
}
