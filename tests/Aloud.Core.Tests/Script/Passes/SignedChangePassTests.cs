using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SignedChangePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Silver 27.44 -0.31", "Silver twenty-seven point four four minus zero point three one.")]
    [InlineData("Gold 2,318.50 -12.30", "Gold two thousand three hundred eighteen point five zero minus twelve point three zero.")]
    // A lopsided span rises, and whole numbers are left to the range readings.
    [InlineData("Rates of 1.5 -2.5 apply.", "Rates of one point five to two point five apply.")]
    [InlineData("See pp. 10 -7 of it.", "See pages ten to seven of it.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
