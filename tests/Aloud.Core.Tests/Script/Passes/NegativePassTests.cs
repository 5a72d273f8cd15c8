using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class NegativePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("It fell to -8°C overnight", "It fell to minus eight degrees Celsius overnight.")]
    [InlineData("a rate of -0.25", "a rate of minus zero point two five.")]
    [InlineData("-3 is the answer", "minus three is the answer.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
