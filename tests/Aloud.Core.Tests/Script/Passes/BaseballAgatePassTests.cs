using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class BaseballAgatePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Pitching: Sato 6 IP, 3 H, 1 R, 9 K", "Pitching, Sato six innings pitched, three hits, one run, nine strikeouts.")]
    [InlineData("Lind 5.2 IP, 1 ER, 2 BB", "Lind five and two-thirds innings pitched, one earned run, two walks.")]
    [InlineData("HR: Pruitt (31).", "Home runs, Pruitt, thirty-one.")]
    public void ReadsBoxScoreLines(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void LeavesLettersOutsideAPitchingLine() =>
        Assert.Equal("He hit three H R this week.", _normalizer.NormalizeToText("He hit 3 HR this week."));
}
