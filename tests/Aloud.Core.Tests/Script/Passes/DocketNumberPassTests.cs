using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DocketNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The case, No. 2:23-cr-00117, was sealed.", "The case, number two, two three, C R, zero zero one one seven, was sealed.")]
    [InlineData("He sued in 1:26-cv-04410-LGS last week.", "He sued in one, two six, C V, zero four four one zero, L G S last week.")]
    [InlineData("Doors open at 7:30.", "Doors open at seven thirty.")]
    public void Federal_case_numbers_are_read_part_by_part(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
