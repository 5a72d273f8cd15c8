using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class NumericDatePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The helpline is open 24/7 all winter.", "The helpline is open twenty-four seven all winter.")]
    [InlineData("The colour of the centre is open 24/7.", "The colour of the centre is open twenty-four seven.")]
    [InlineData("Packs marked with a use-by date of 11/2026 are affected.", "Packs marked with a use-by date of November twenty twenty-six are affected.")]
    [InlineData("The match is on 4/7 this year.", "The match is on April seventh this year.")]
    public void Reads_slashed_pairs_that_are_not_day_and_month(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
