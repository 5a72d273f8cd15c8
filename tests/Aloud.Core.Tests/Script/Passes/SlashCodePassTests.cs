using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SlashCodePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A reference of three or more slashed parts is read out part by part.
    [InlineData("The court adjourned case FHC/ABJ/CR/512/2025 until May.", "The court adjourned case F H C slash A B J slash C R slash five one two slash twenty twenty-five until May.")]
    [InlineData("Permit HS/2026/0417 was granted.", "Permit H S slash twenty twenty-six slash zero four one seven was granted.")]
    // Dates and word pairs are not codes.
    [InlineData("It opened on 12/05/2026.", "It opened on December fifth twenty twenty-six.")]
    [InlineData("and/or", "and or.")]
    [InlineData("Call 101, quoting crime reference 4471/23.", "Call one zero one, quoting crime reference four four seven one slash two three.")]
    [InlineData("About 3/4 of voters agreed.", "About three quarters of voters agreed.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
