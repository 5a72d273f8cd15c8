using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SeasonPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("the 2025-26 budget", "the twenty twenty-five to twenty-six budget.")]
    [InlineData("the 2008-09 crisis", "the two thousand eight to oh nine crisis.")]
    [InlineData("in 1899-00", "in eighteen ninety-nine to nineteen hundred.")]
    [InlineData("the 2010 - 11 season", "the twenty ten to eleven season.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
