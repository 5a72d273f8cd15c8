using Aloud.Script.Evaluation;

namespace Aloud.Tests.Script.Evaluation;

public class SpokenCanonicalizerTests
{
    [Theory]
    // "and" before a subunit amount of any length is dropped, after a singular or plural currency.
    [InlineData("one pound and twenty pence", "one pound twenty pence")]
    [InlineData("nine dollars and forty-two cents", "nine dollars forty two cents")]
    [InlineData("five euros and one cent", "five euros one cent")]
    public void DropsAndBeforeSubunit(string a, string b) => Assert.Equal(SpokenCanonicalizer.Lenient(b), SpokenCanonicalizer.Lenient(a));

    [Fact]
    public void KeepsAndBetweenCurrencyAndWords() =>
        Assert.NotEqual(SpokenCanonicalizer.Lenient("ten dollars cents"), SpokenCanonicalizer.Lenient("ten dollars and cents"));
}
