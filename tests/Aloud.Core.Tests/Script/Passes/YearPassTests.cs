using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class YearPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A four-digit count is read as a number; a year keeps its year reading.
    [InlineData("about 1800 people fled", "about one thousand eight hundred people fled.")]
    [InlineData("1200 troops arrived", "one thousand two hundred troops arrived.")]
    [InlineData("more than 2000 homes", "more than two thousand homes.")]
    [InlineData("the card ending in 1999 was used", "the card ending in one nine nine nine was used.")]
    [InlineData("an account number ending in 2014", "an account number ending in two zero one four.")]
    [InlineData("the war ending in 1945", "the war ending in nineteen forty-five.")]
    [InlineData("the 2016 elections", "the twenty sixteen elections.")]
    [InlineData("around 1550 the town grew", "around fifteen fifty the town grew.")]
    [InlineData("founded in 1850", "founded in eighteen fifty.")]
    // The low end of a range of measures counts the same unit.
    [InlineData("it weighs 1500-1800 kg", "it weighs one thousand five hundred to one thousand eight hundred kilograms.")]
    // A range before a counted noun is two counts, both said alike; after "from" or "the" it stays a span of years.
    [InlineData("the shelter housed 1250-1480 children a night", "the shelter housed one thousand two hundred fifty to one thousand four hundred eighty children a night.")]
    [InlineData("the mill ran from 1872-1931", "the mill ran from eighteen seventy-two to nineteen thirty-one.")]
    [InlineData("the 1914-1918 war", "the nineteen fourteen to nineteen eighteen war.")]
    // A decade plural written with an apostrophe or split off.
    [InlineData("back in the 70's", "back in the seventies.")]
    [InlineData("the 1960's and 1970 s", "the nineteen sixties and nineteen seventies.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
