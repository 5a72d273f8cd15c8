using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class GluedMetreLengthTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A length label after the figure.
    [InlineData("Marina rules: yachts over 14m LOA must radio ahead.", "yachts over fourteen meters length overall")]
    // A structure the figure is the size of, behind a plural modifier.
    [InlineData("Neighbours fought the planned 22.5m communications tower.", "twenty-two point five meter communications tower")]
    // A craft limited over or under a length.
    [InlineData("Only boats under 9m may use the inner basin.", "boats under nine meters may")]
    public void ReadsAGluedMAsALength(string written, string expected) =>
        Assert.Contains(expected, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    [InlineData("The final drew 4m viewers on Saturday.", "four million viewers")]
    [InlineData("The scheme will build 1.5m homes.", "one point five million homes")]
    [InlineData("Ministers promised 2m training places.", "two million training places")]
    public void KeepsTheMillionForCountedNouns(string written, string expected) =>
        Assert.Contains(expected, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
