using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class FractionPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("the other 1/2 stayed", "the other half stayed.")]
    [InlineData("About 2/3rds of voters agreed.", "About two thirds of voters agreed.")]
    [InlineData("open 24/7 now", "open twenty-four seven now.")]
    [InlineData("about 3/4 of them", "about three quarters of them.")]
    [InlineData("about 1/4 of voters", "about one quarter of voters.")]
    [InlineData("3/4 of the budget", "three quarters of the budget.")]
    // A percent sign after a fraction belongs to the whole fraction.
    [InlineData("yields fell 1/8% today", "yields fell one eighth percent today.")]
    [InlineData("a 2 1/2 hour wait", "a two and a half hour wait.")]
    [InlineData("5 2/3 cups", "five and two thirds cups.")]
    [InlineData("a 7½ inch blade", "a seven and a half inch blade.")]
    [InlineData("6 1/2 lbs", "six and a half pounds.")]
    [InlineData("15/16 of an inch", "fifteen sixteenths of an inch.")]
    [InlineData("since 9/11", "since nine eleven.")]
    [InlineData("Her reading was 130/85 mm Hg.", "Her reading was one thirty over eighty-five millimeters of mercury.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A half before its own article: the article after it is the one said.
    [InlineData("Rates rose ½ a point.", "Rates rose half a point.")]
    [InlineData("Wait 1/2 an hour.", "Wait half an hour.")]
    [InlineData("Add 1/2 cup.", "Add a half cup.")]
    public void ReadsAHalfBeforeAnArticle(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
