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
    [InlineData("Read Genesis 1:3 today.", "Read Genesis one, three today.")]
    public void ReadsRatiosOnlyWhereTheyCannotBeTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A decimal before the colon is never hours or a chapter: the pair is a ratio.
    [InlineData("Its loan-to-value ratio is 2.5:1 now.", "Its loan-to-value ratio is two point five to one now.")]
    [InlineData("The sector averages 1.4:1, the report said.", "The sector averages one point four to one, the report said.")]
    [InlineData("The meeting starts at 1:30.", "The meeting starts at one thirty.")]
    public void ReadsADecimalRatio(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
