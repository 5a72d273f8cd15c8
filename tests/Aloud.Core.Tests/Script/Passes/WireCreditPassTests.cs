using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class WireCreditPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A wire credit between the dateline and its dash is not read; the city is.
    [InlineData("ASHFORD, Ore. (AP) — A man was held.", "ASHFORD, Oregon, A man was held.")]
    [InlineData("KUALA LUMPUR (Bernama) - The ringgit rose.", "KUALA LUMPUR, The ringgit rose.")]
    // After a city in capitals any one-word credit is the agency's or broadcaster's.
    [InlineData("WELLINGTON (RNZ) - Petrol prices fell.", "WELLINGTON, Petrol prices fell.")]
    [InlineData("PORT LOUIS, Mauritius (MBC) -- The rupee rose.", "PORT LOUIS, Mauritius, The rupee rose.")]
    // Elsewhere a bracketed word is read.
    [InlineData("The minister (Lab) - said no.", "The minister, Lab, said no.")]
    [InlineData("The AP reported it.", "The A P reported it.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
