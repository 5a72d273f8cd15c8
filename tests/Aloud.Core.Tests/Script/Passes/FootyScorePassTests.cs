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
}
