using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RunwayPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The jet landed on Runway 27L.", "The jet landed on Runway two seven left.")]
    [InlineData("Traffic moved to runway 09R at noon.", "Traffic moved to runway zero nine right at noon.")]
    [InlineData("Runway 18C reopened.", "Runway one eight center reopened.")]
    [InlineData("Crews closed runway 4 overnight.", "Crews closed runway four overnight.")]
    public void ReadsDesignatorsDigitByDigitWithTheirSide(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Not a designator: no runway before it, a heading past 36, an unknown side letter.
    [InlineData("It holds 27L of fuel.", "twenty-seven liters")]
    [InlineData("The runway 3,000 meters long", "three thousand")]
    [InlineData("a runway 40 wide", "forty")]
    public void LeavesOtherNumbers(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
