using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class StateHighwayPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("A woman died after a crash on SH1 near Wellsford.", "A woman died after a crash on State Highway one near Wellsford.")]
    [InlineData("SH 2 is closed at Mangatawhiri.", "State Highway two is closed at Mangatawhiri.")]
    public void ReadsNewZealandStateHighways(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void LeavesSHWithoutANumber() =>
        Assert.Equal("He scored an S H goal.", _normalizer.NormalizeToText("He scored an SH goal."));
}
