using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DecimalCommaPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The Kestrel Bay upgrade will cost R3,25 billion.", "The Kestrel Bay upgrade will cost three point two five billion rand.")]
    [InlineData("Bread went up to R19,95 a loaf.", "Bread went up to nineteen rand and ninety-five cents a loaf.")]
    [InlineData("Lamb fetched R88,40/kg at the sale.", "Lamb fetched eighty-eight rand and forty cents a kilogram at the sale.")]
    [InlineData("Fuel levies climb 3,7% in March.", "Fuel levies climb three point seven percent in March.")]
    [InlineData("The council charges R31,20 per kℓ.", "The council charges thirty-one rand and twenty cents per kiloliter.")]
    [InlineData("Rent is R6 750 a month in Vleikop.", "Rent is six thousand seven hundred fifty rand a month in Vleikop.")]
    [InlineData("Maize traded at R3 180/t on Friday.", "Maize traded at three thousand one hundred eighty rand a tonne on Friday.")]
    [InlineData("The 2 400 m² plot sold for R1,2 million.", "The two thousand four hundred square meter plot sold for one point two million rand.")]
    [InlineData("Pour 2ℓ of stock into the pot.", "Pour two liters of stock into the pot.")]
    // A span's low end with a decimal comma: the unit after the high end makes both quantities.
    [InlineData("Swells of 1,5-2 m are expected off Gansbaai.", "Swells of one point five to two meters are expected off Gansbaai.")]
    public void ReadsSouthAfricanFigures(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A three-digit group after a comma is thousands, whatever the country.
    [InlineData("The stadium seats 4,250 fans.", "The stadium seats four thousand two hundred fifty fans.")]
    // Without a rand amount or a decimal comma nearby, spaced numbers stay two numbers.
    [InlineData("She won 2 100-metre heats.", "She won two one hundred metre heats.")]
    [InlineData("They have 3 200 acre farms.", "They have three two hundred acre farms.")]
    // With a rand amount, a hyphen after the group still makes a compound of its own.
    [InlineData("Entry is R40 for the 3 400-metre races.", "Entry is forty rand for the three four hundred metre races.")]
    public void LeavesOtherFiguresAlone(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
