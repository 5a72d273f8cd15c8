using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PencePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Shares jumped 18p to 342p in London.", "Shares jumped eighteen pence to three hundred forty-two pence in London.")]
    [InlineData("A 20p coin was found.", "A twenty pence coin was found.")]
    [InlineData("Petrol fell 2.5p a litre.", "Petrol fell two point five pence a litre.")]
    [InlineData("It costs 1p.", "It costs one penny.")]
    [InlineData("Doors open at 7p.m. sharp.", "Doors open at seven p m sharp.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The video streams in 1080p.")]
    [InlineData("A 720p screen is enough.")]
    public void Video_resolutions_are_not_prices(string written) => Assert.DoesNotContain("pence", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
