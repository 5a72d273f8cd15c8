using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CountryCodePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("1. Amara Kesiro (KEN) 2:07:41", "one Amara Kesiro, Kenya, two hours seven minutes forty-one seconds.")]
    [InlineData("Lotte Vanderhaag (NED) was second.", "Lotte Vanderhaag, the Netherlands, was second.")]
    // Team abbreviations of US agate, a time zone and a party stay as they were.
    [InlineData("Kane (CHI) scored twice.", "Kane, C H I, scored twice.")]
    [InlineData("It starts at 9 a.m. (EST).", "It starts at nine a m, E S T.")]
    [InlineData("Sen. Ortiz (GOP) spoke.", "Senator Ortiz, GOP, spoke.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
