using System.Globalization;
using Aloud.Script.Tokens;

namespace Aloud.Script.Passes;

/// <summary>
/// The shorthand of death notices, auction and car ads and council notices, read where its neighbours make it certain:
/// "b." and "d." before a date ("born", "died"), an Indian notice's "Sh." before a name ("Shri"), "Ord." before its
/// number ("Ordinance"), "est." before a price ("estimate"), "CH" after its fuel ("gas CH": central heating), a car's
/// doors glued to their count ("5dr": "five door"), "FSH" in a car ad, and a capitalised surname's particle ("VAN DER
/// MERWE", "DU PLESSIS") said as a word, never spelled.
/// </summary>
internal sealed class NoticeShorthandPass(INumberWords numbers) : TokenPass
{
    public override string Name => "abbreviation";

    /// <summary>Particles that open Dutch, Afrikaans, French and Scots surnames, written in capitals in a notice's heading.</summary>
    private static readonly HashSet<string> SurnameParticles = new(StringComparer.Ordinal)
    {
        "VAN", "VON", "DER", "DEN", "DE", "DU", "LE", "LA", "DA", "DI", "TER", "TEN", "VANDER", "MAC", "MC", "ST",
    };

    /// <summary>Words of a used-car ad around "FSH": its mileage, test, fuel and terms.</summary>
    private static readonly HashSet<string> CarAdWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "MOT", "miles", "mileage", "km", "reg", "diesel", "petrol", "ONO", "OBO", "owner", "owners", "manual", "auto", "automatic",
        "hatchback", "saloon", "estate", "tax", "taxed", "TDI", "rego", "WOF",
    };

    /// <summary>Fuels before "CH" in a property ad: "gas CH", "oil-fired CH".</summary>
    private static readonly HashSet<string> HeatingFuels = new(StringComparer.OrdinalIgnoreCase) { "gas", "oil", "electric", "LPG", "oil-fired", "full", "with" };

    protected override int Match(IReadOnlyList<Token> tokens, int index, out Token replacement)
    {
        replacement = null!;
        var token = tokens[index];
        var hasDot = At(tokens, index + 1) is { Text: ".", SpaceBefore: false };
        var consumed = hasDot ? 2 : 1;
        var next = At(tokens, index + consumed);
        if (token is { Kind: TokenKind.Word, Text: "b" or "d" } && hasDot && StartsDate(tokens, index + 2))
        {
            // "b. 4 Jan. 1938, d. 29 Oct. 2026": an obituary's born and died, before their dates.
            replacement = Spoken(tokens, index, 2, token.Text == "b" ? "born" : "died");
            return 2;
        }
        if (token is { Kind: TokenKind.Word, Text: "Sh" } && hasDot && next is { Kind: TokenKind.Word } named && char.IsUpper(named.Text[0])
            && At(tokens, index - 1) is { Kind: TokenKind.Word, Text: "late" or "Late" } or { Kind: TokenKind.Spoken } or null or { Kind: TokenKind.Punctuation, Text: "," or "(" })
        {
            // "w/o late Sh. R.K. Sharma": the Indian honorific before a man's name.
            replacement = Spoken(tokens, index, 2, "Shri");
            return 2;
        }
        if (token is { Kind: TokenKind.Word, Text: "Ord" or "ord" } && hasDot
            && (next is { Kind: TokenKind.Number } || next is { Kind: TokenKind.Word, Text: "No" or "no" or "Nos" } || next is { Kind: TokenKind.Spoken } spokenNumber && spokenNumber.Text.StartsWith("number", StringComparison.Ordinal)))
        {
            // "per Ord. No. 2019-14": a council's ordinance.
            replacement = Spoken(tokens, index, 2, token.Text == "Ord" ? "Ordinance" : "ordinance");
            return 2;
        }
        if (token is { Kind: TokenKind.Word, Text: "est" or "Est" } && hasDot && (next is { Kind: TokenKind.Spoken, Class: "money" } || next is { Kind: TokenKind.Symbol } sign && MoneyPass.SignNames(sign.Text) is not null))
        {
            // "(est. £400-£600)": an auction's estimate before its price.
            replacement = Spoken(tokens, index, 2, token.Text == "est" ? "estimate" : "Estimate");
            return 2;
        }
        if (token is { Kind: TokenKind.Word, Text: "CH" } && At(tokens, index - 1) is { Kind: TokenKind.Word } fuel && HeatingFuels.Contains(fuel.Text))
        {
            replacement = Spoken(tokens, index, 1, "central heating");
            return 1;
        }
        if (token is { Kind: TokenKind.Number } doors && NumberText.Split(doors.Text) is ({ Length: 1 } doorCount, "dr" or "DR") && doorCount[0] is >= '2' and <= '5')
        {
            // "5dr hatch": a car's doors.
            replacement = Spoken(tokens, index, 1, $"{numbers.Cardinal(int.Parse(doorCount, CultureInfo.InvariantCulture))} door");
            return 1;
        }
        if (token is { Kind: TokenKind.Word, Text: "FSH" } && NearbyWords.Any(tokens, index, CarAdWords))
        {
            replacement = Spoken(tokens, index, 1, "full service history");
            return 1;
        }
        if (token is { Kind: TokenKind.Word } particle && SurnameParticles.Contains(particle.Text) && CapitalSurnameFollows(tokens, index + 1))
        {
            // "VAN DER MERWE, Johannes": the particle is a word of the name ("van"), as the family says it.
            // A particle after another is lower case ("van der"), as the name is written in running text.
            var lower = particle.Text.ToLowerInvariant();
            var afterParticle = At(tokens, index - 1) is { Kind: TokenKind.Spoken or TokenKind.Word } before && SurnameParticles.Contains(before.Text.ToUpperInvariant());
            replacement = Spoken(tokens, index, 1, afterParticle ? lower : char.ToUpperInvariant(lower[0]) + lower[1..]);
            return 1;
        }
        return 0;
    }

    /// <summary>A date starts at <paramref name="at"/>: "4 Jan.", "29 October", "Jan. 4", "3 December 1941".</summary>
    private static bool StartsDate(IReadOnlyList<Token> tokens, int at) =>
        At(tokens, at) is { Kind: TokenKind.Number } day && day.Text.Length <= 2 && NumberText.IsPlain(day.Text)
            && At(tokens, at + 1) is { Kind: TokenKind.Word } month && Abbreviations.Months.ContainsKey(month.Text)
        || At(tokens, at) is { Kind: TokenKind.Word } monthFirst && Abbreviations.Months.ContainsKey(monthFirst.Text)
            && (At(tokens, at + 1) is { Kind: TokenKind.Number } || At(tokens, at + 2) is { Kind: TokenKind.Number });

    /// <summary>
    /// Whether capital words (more particles, then the surname) run from <paramref name="at"/> to a comma and a first name
    /// in ordinary case: the heading of a death notice, "DU PLESSIS, Anna".
    /// </summary>
    private static bool CapitalSurnameFollows(IReadOnlyList<Token> tokens, int at)
    {
        var k = at;
        while (At(tokens, k) is { Kind: TokenKind.Word, SpaceBefore: true } word && word.Text.Length >= 2 && word.Text.All(c => char.IsUpper(c) || c is '-' or '\''))
        {
            k++;
        }
        return k > at && At(tokens, k) is { Text: "," } && At(tokens, k + 1) is { Kind: TokenKind.Word } first && char.IsUpper(first.Text[0]) && first.Text.Skip(1).Any(char.IsLower);
    }
}
