using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CodedMoneyRangePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Flats in Pune go for ₹45-60 lakh now.", "Flats in Pune go for forty-five to sixty lakh rupees now.")]
    [InlineData("Seats cost ₹300-500 at the gate.", "Seats cost three hundred rupees to five hundred at the gate.")]
    [InlineData("Packages of Rs 5.5-7.8 lakh were offered.", "Packages of five point five to seven point eight lakh rupees were offered.")]
    [InlineData("Garlic fetched Rs 2,100-2,600/qtl at Nashik.", "Garlic fetched two thousand one hundred to two thousand six hundred rupees per quintal at Nashik.")]
    [InlineData("The plan costs INR 4-6 crore.", "The plan costs four to six crore rupees.")]
    public void NamesTheCurrencyOnce(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Decimal ends with no scale are rupees and paise, read by the money pass.
    [InlineData("Tomatoes sold at Rs 3.50-4.20 a kilo.", "Tomatoes sold at three rupees and fifty paise to four point two zero a kilo.")]
    public void LeavesPricesWithPaise(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
