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
    [InlineData("the 2016 elections", "the twenty sixteen elections.")]
    [InlineData("around 1550 the town grew", "around fifteen fifty the town grew.")]
    [InlineData("founded in 1850", "founded in eighteen fifty.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
