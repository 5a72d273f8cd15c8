using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RatioPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("a map at 1:250,000", "a map at one to two hundred fifty thousand.")]
    [InlineData("favored 3:1", "favored three to one.")]
    [InlineData("The ratio is 16:9 today.", "The ratio is sixteen to nine today.")]
    [InlineData("odds of 3:2 against", "odds of three to two against.")]
    // A time and a verse keep their readings; the ratio word must be in the same clause.
    [InlineData("at 1:30 today", "at one thirty today.")]
    [InlineData("the aspect; Genesis 1:3 says", "the aspect, Genesis one, three says.")]
    public void ReadsRatiosOnlyWhereTheyCannotBeTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
