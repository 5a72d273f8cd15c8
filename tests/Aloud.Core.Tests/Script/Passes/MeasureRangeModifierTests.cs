using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MeasureRangeModifierTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Buyers wanted 300-350 lb. heifers.", "Buyers wanted three hundred to three hundred fifty pound heifers.")]
    [InlineData("Crews warned of 4-5 hr water outages.", "Crews warned of four to five hour water outages.")]
    [InlineData("The van has 87,000kms on it.", "The van has eighty-seven thousand kilometers on it.")]
    [InlineData("Garlic sold at Rs 900/qtl.", "Garlic sold at nine hundred rupees a quintal.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A verb after the unit leaves the measure a plural amount.
    [InlineData("Some 20-25 mm fell overnight.", "Some twenty to twenty-five millimeters fell overnight.")]
    public void KeepsThePlural(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
