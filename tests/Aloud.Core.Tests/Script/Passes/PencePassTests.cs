using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PencePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Bus fares rise by 4.5c.", "Bus fares rise by four point five cents.")]
    [InlineData("Power rose 8.2c/kWh.", "Power rose eight point two cents per kilowatt hour.")]
    [InlineData("Shares jumped 18p to 342p in London.", "Shares jumped eighteen pence to three hundred forty-two pence in London.")]
    [InlineData("A 20p coin was found.", "A twenty pence coin was found.")]
    [InlineData("Petrol fell 2.5p a litre.", "Petrol fell two point five pence a litre.")]
    [InlineData("The kiwi dollar slipped to 57.9c.", "The kiwi dollar slipped to fifty-seven point nine cents.")]
    [InlineData("The Aussie dollar fetched US66c on Friday.", "The Aussie dollar fetched sixty-six U S cents on Friday.")]
    [InlineData("It hit 41c in Broome.", "It hit forty-one c in Broome.")]
    [InlineData("It costs 1p.", "It costs one penny.")]
    [InlineData("Doors open at 7p.m. sharp.", "Doors open at seven p m sharp.")]
    [InlineData("Store lambs made 295p/kg at the Brackwell mart.", "Store lambs made two hundred ninety-five pence a kilogram at the Brackwell mart.")]
    [InlineData("Hoggets slipped to 1p/kg above last week.", "Hoggets slipped to one penny a kilogram above last week.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("The video streams in 1080p.", "The video streams in ten eighty p.")]
    [InlineData("A 720p screen is enough.", "A seven twenty p screen is enough.")]
    [InlineData("It plays 2160p video.", "It plays twenty-one sixty p video.")]
    public void Video_resolutions_are_not_prices(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
