using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PrefixedDecadePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("in the mid-1970s", "in the mid nineteen seventies.")]
    [InlineData("since the late-90s", "since the late nineties.")]
    [InlineData("pre-2000s phones", "pre two thousands phones.")]
    [InlineData("cut jobs by end-2027", "cut jobs by the end of twenty twenty-seven.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // An ordinal or an abbreviated month after the prefix is read too.
    [InlineData("built in the mid-18th century", "built in the mid eighteenth century.")]
    [InlineData("a late-21st century plan", "a late twenty-first century plan.")]
    [InlineData("its lowest since mid-Aug. last year", "its lowest since mid August last year.")]
    public void ReadsOrdinalsAndMonthsAfterAPrefix(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
