using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DecimalPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("batting .312 this year", "batting point three one two this year.")]
    [InlineData("a 2.3B user base", "a two point three billion user base.")]
    [InlineData(".4 trillion", "point four trillion.")]
    [InlineData(".2019", "point two zero one nine.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
