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
    // A half in a compound of time or points is a half; a measure keeps its written decimal.
    [InlineData("a 4.5-hour wait", "a four and a half hour wait.")]
    [InlineData("a 2.5-mile loop", "a two point five mile loop.")]
    [InlineData("a 6.5-acre plot", "a six point five acre plot.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
