using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class BulkQuantityPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A spaced "t" ending a quantity, after its number or scale, is tonnes; over a hectare it is a yield.
    [InlineData("The barley harvest reached 9.3 million t, a record.", "The barley harvest reached nine point three million tonnes, a record.")]
    [InlineData("Canola yielded 2.8 t/ha this year.", "Canola yielded two point eight tonnes per hectare this year.")]
    [InlineData("The bridge is rated at 1 t.", "The bridge is rated at one tonne.")]
    // In a sentence about water, a spaced "ML" or "GL" is a volume.
    [InlineData("The plant supplies 85 ML of water a day.", "The plant supplies eighty-five megaliters of water a day.")]
    [InlineData("Inflows to the dam reached 340 GL.", "Inflows to the dam reached three hundred forty gigaliters.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Not a quantity's unit: a letter before a word, or initials with no water in the sentence.
    [InlineData("Sort the 5 t trucks first.")]
    [InlineData("The 150 ML team won.")]
    public void LeavesLettersAlone(string written) => Assert.DoesNotContain("tonne", _normalizer.NormalizeToText(written).Replace("megaliter", "tonne", StringComparison.Ordinal));
}
