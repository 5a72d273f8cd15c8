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
    // Golf and British agate print the codes in title case: read in a list that brackets more than one.
    [InlineData("Leaders: R. Dunleavy (Irl) 66, J. Park (Kor) 68.", "Leaders, R Dunleavy, Ireland, sixty-six, J Park, South Korea, sixty-eight.")]
    [InlineData("A Finch (Eng) 70, B Moyo (Zim) 71", "A Finch, England, seventy, B Moyo, Zimbabwe, seventy-one.")]
    // One title-case code alone may be a word.
    [InlineData("Ask Joe (Can) tonight.", "Ask Joe, Can, tonight.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
