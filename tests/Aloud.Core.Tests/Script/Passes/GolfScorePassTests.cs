using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class GolfScorePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Scores to par after a player's bracketed country, or in a sentence about golf.
    [InlineData("Leaders: R. McCleary (NIR) -12, T. Hargreave (ENG) +3.", "Leaders, R McCleary, Northern Ireland, twelve under, T Hargreave, England, three over.")]
    [InlineData("She shot a 66 to reach -12 on the leaderboard.", "She shot a sixty-six to reach twelve under on the leaderboard.")]
    [InlineData("Okafor finished T9 and took home $88,000.", "Okafor finished tied ninth and took home eighty-eight thousand dollars.")]
    [InlineData("T2 on the leaderboard after a birdie at the last.", "tied second on the leaderboard after a birdie at the last.")]
    // Elsewhere the sign stays.
    [InlineData("The temperature fell to -12 overnight.", "The temperature fell to minus twelve overnight.")]
    [InlineData("Tulloch is T5 on -9 after a 68, with the leader on -12.", "Tulloch is tied fifth on nine under after a sixty-eight, with the leader on twelve under.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
