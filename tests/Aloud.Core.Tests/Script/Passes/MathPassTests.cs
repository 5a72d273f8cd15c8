using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MathPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The effect was significant (p<0.01).", "The effect was significant, p less than zero point zero one.")]
    [InlineData("Only scores > 90 count.", "Only scores greater than ninety count.")]
    [InlineData("Adults ≥ 65 may book.", "Adults greater than or equal to sixty-five may book.")]
    [InlineData("Home > News > Local", "Home News Local.")]
    [InlineData("3 * 7 = 21", "three times seven equals twenty-one.")]
    [InlineData("6 × 8 = 48", "six times eight equals forty-eight.")]
    [InlineData("5 * 20 μm", "five times twenty micrometers.")]
    // Cricket's asterisk marks an innings not out; elsewhere a footnote's star stays silent.
    [InlineData("Opener Kale made 112* off 168 balls.", "Opener Kale made one hundred twelve not out off one hundred sixty-eight balls.")]
    [InlineData("McTavish made 78* as they chased.", "McTavish made seventy-eight not out as they chased.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
