using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class GradeSpanPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("teachers for grades K-5", "teachers for grades K through five.")]
    [InlineData("K-12 schools", "K through twelve schools.")]
    [InlineData("a pre-K-8 school", "a pre-K through eight school.")]
    // Past twelfth grade it is not a grade span.
    [InlineData("the K-99 unit", "the K ninety-nine unit.")]
    [InlineData("He is a U-21 international.", "He is an under-twenty-one international.")]
    [InlineData("The U-19 side won.", "The under-nineteen side won.")]
    [InlineData("The U-14s won the cup.", "The under-fourteens won the cup.")]
    [InlineData("The U-20s lost.", "The under-twenties lost.")]
    public void ReadsGradeSpans(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
