using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CompoundHyphenPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("a 31-year-old nurse", "a thirty-one year-old nurse.")]
    [InlineData("the 7-foot-2 center", "the seven foot two center.")]
    [InlineData("a 10-day trip", "a ten day trip.")]
    [InlineData("Gate 5-B", "Gate five B.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
