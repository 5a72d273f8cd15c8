using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PrefixedDecadePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("in the mid-1970s", "in the mid nineteen seventies.")]
    [InlineData("since the late-90s", "since the late nineties.")]
    [InlineData("pre-2000s phones", "pre two thousands phones.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
