using Aloud.Script.Evaluation;

namespace Aloud.Tests.Script.Evaluation;

public class SpellingEquivalenceTests
{
    private static bool Passes(string caseClass, string hypothesis, string reference) =>
        NormalizationEvaluator.Evaluate([new NormalizationCase(caseClass, "x", reference, [])], _ => hypothesis).Scored[0].Passed;

    [Theory]
    [InlineData("The colour of the theatre centre.", "the color of the theater center")]
    [InlineData("They organised a programme.", "they organized a program")]
    [InlineData("The organisational favourites.", "the organizational favorites")]
    [InlineData("Five metres of harbour.", "five meters of harbor")]
    public void British_and_American_spellings_read_the_same(string hypothesis, string reference) =>
        Assert.True(Passes("sentence", hypothesis, reference));

    [Theory]
    // Short words, number words among them, never merge.
    [InlineData("the fourth day", "the forth day")]
    [InlineData("four hours", "for hours")]
    public void Number_words_do_not_merge(string hypothesis, string reference) =>
        Assert.False(Passes("sentence", hypothesis, reference));

    [Fact]
    public void Electronic_addresses_keep_their_spelling() =>
        Assert.False(Passes("electronic", "enterpriseservices at example dot com", "enterprize services at example dot com"));
}
