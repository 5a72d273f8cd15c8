using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class IrishRegistrationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A three-digit year code is said digit by digit, a two-digit one as a number; the county's letters are spelled.
    [InlineData("For sale: Ford Focus, 182-LH reg, full history.", "For sale, Ford Focus, one eight two L H reg, full history.")]
    [InlineData("A 10-G reg Octavia was taken from the yard.", "A ten G reg Octavia was taken from the yard.")]
    [InlineData("Wanted: 05-MO registration van.", "Wanted, zero five M O registration van.")]
    // Without "reg" beside it the figure and letter are read as before.
    [InlineData("The unit runs on a 240-V supply.", "The unit runs on a two hundred forty V supply.")]
    public void ReadsAYearCodeAndCountyBeforeReg(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("For sale: 182-reg hatchback, full history.", "For sale, one eighty-two reg hatchback, full history.")]
    [InlineData("She bought a 69-reg Polo last spring.", "She bought a sixty-nine reg Polo last spring.")]
    [InlineData("A 201-reg van was stolen.", "A two oh one reg van was stolen.")]
    public void ReadsARegistrationYearWithoutItsCounty(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
