using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class GreyhoundTrapPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A bracketed trap after a dog's name, in a line about dog racing.
    [InlineData("Greyhound sprint: Copper Nell (T5) led at the first bend.", "Copper Nell, trap five, led")]
    [InlineData("Lowfield Rocket (T1) broke fastest and the dogs behind never closed.", "Lowfield Rocket, trap one, broke")]
    public void ReadsATrapAfterADogsName(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // A golf leaderboard's tie and a trap number no track has stay as written.
    [InlineData("Leaderboard: Dara Quilty (T2) is three shots back.", "trap")]
    [InlineData("Greyhounds: Blue Moth (T9) was withdrawn.", "trap")]
    public void LeavesOtherBracketedCodes(string written, string absentPart) =>
        Assert.DoesNotContain(absentPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
