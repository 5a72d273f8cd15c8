using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SlashPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A slash between words is said; "and/or" is not.
    [InlineData("sales rose 4% y/y", "sales rose four percent year over year.")]
    [InlineData("up 2% Q/Q", "up two percent quarter over quarter.")]
    [InlineData("cases fell w/w", "cases fell week over week.")]
    [InlineData("the singer/songwriter", "the singer slash songwriter.")]
    [InlineData("owner / operator", "owner operator.")]
    [InlineData("cash and/or cards", "cash and or cards.")]
    // A currency sign with no amount is said too.
    [InlineData("priced in \u20AC only", "priced in euro only.")]
    [InlineData("The over/under is 44.5 points.", "The over under is forty-four point five points.")]
    [InlineData("Write c/o the club secretary.", "Write care of the club secretary.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
