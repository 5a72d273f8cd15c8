using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MarineForecastPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Tides: HW 09.47, LW 15.58.", "Tides, high water oh nine forty-seven, low water fifteen fifty-eight.")]
    [InlineData("Outlook: wind NE F4-5, sea slight.", "Outlook, wind northeast force four to five, sea slight.")]
    [InlineData("Winds F7 later.", "Winds force seven later.")]
    public void Reads_tide_and_wind_shorthand(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The F1 season opens soon.")]
    [InlineData("HW Smith Ltd won the contract.")]
    public void Leaves_other_uses_alone(string written) =>
        Assert.DoesNotContain("force", _normalizer.NormalizeToText(written).Replace("high water", "force", StringComparison.Ordinal), StringComparison.Ordinal);
}
