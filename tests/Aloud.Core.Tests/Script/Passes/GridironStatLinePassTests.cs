using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class GridironStatLinePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("RUSHING—Ogbu 18-97, Parrish 6-31.", "RUSHING, Ogbu eighteen for ninety-seven, Parrish six for thirty-one.")]
    [InlineData("RECEIVING: Lund 5-63.", "RECEIVING, Lund five for sixty-three.")]
    [InlineData("PASSING—Tillman 22-31-1-248.", "PASSING, Tillman twenty-two of thirty-one, one interception, two hundred forty-eight yards.")]
    [InlineData("PASSING—Reyes 9-20-0-101.", "PASSING, Reyes nine of twenty, no interceptions, one hundred one yards.")]
    public void ReadsBoxScoreLinesUnderTheirLabel(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Without the label a dashed pair is a score or a range.
    [InlineData("The Bears won 24-17 on Sunday.", "The Bears won twenty-four to seventeen on Sunday.")]
    [InlineData("Rushing yards rose 18-97 percent.", "Rushing yards rose eighteen to ninety-seven percent.")]
    public void LeavesDashedPairsElsewhere(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
