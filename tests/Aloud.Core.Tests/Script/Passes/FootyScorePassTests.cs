using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class FootyScorePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Goals and behinds whose bracketed total is six times the goals plus the behinds; any other pair is a decimal.
    [InlineData("Ballard won 12.9 (81) to 8.11 (59).", "Ballard won twelve nine, eighty-one, to eight eleven, fifty-nine.")]
    [InlineData("The index rose 12.9 (80) points.", "The index rose twelve point nine, eighty, points.")]
    [InlineData("It rose 12.9 points.", "It rose twelve point nine points.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A player's own goals and behinds after a kicking verb or "finished with"; money and rates keep their point.
    [InlineData("Tobin Yarrow kicked 5.3 in the Swans' big win.", "Tobin Yarrow kicked five three in the Swans big win.")]
    [InlineData("Rourke booted 2.4 against Fremantle.", "Rourke booted two four against Fremantle.")]
    [InlineData("The full-forward finished with 3.1.", "The full-forward finished with three one.")]
    [InlineData("The club kicked 2.5 per cent of revenue to charity.", "The club kicked two point five per cent of revenue to charity.")]
    [InlineData("The fund finished with 4.3 million members.", "The fund finished with four point three million members.")]
    public void ReadsAPlayersGoalsAndBehinds(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
