using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PowerDigitsPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The lake held 4.1 × 10⁸ litres.", "The lake held four point one times ten to the power of eight litres.")]
    [InlineData("A rate of 10⁻³ was measured.", "A rate of ten to the power of minus three was measured.")]
    [InlineData("Emissions of CO₂ fell.", "Emissions of C O two fell.")]
    [InlineData("Methane, CH₄, is stronger.", "Methane, C H four, is stronger.")]
    [InlineData("The plot covers 40 m² of land.", "The plot covers forty square meters of land.")]
    public void Raised_and_lowered_digits_are_read(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
