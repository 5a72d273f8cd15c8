using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ClassifiedMeasurePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Wanted: ute with 3.2L TD, any colour.", "Wanted, ute with three point two liter turbo diesel, any colour.")]
    [InlineData("It has a 1.6 L engine and new brakes.", "It has a one point six liter engine and new brakes.")]
    [InlineData("Also a 12 t trailer, good order.", "Also a twelve tonne trailer, good order.")]
    [InlineData("Sale includes a 3.5t tipper and tools.", "Sale includes a three point five tonne tipper and tools.")]
    [InlineData("For hire: 8t excavator with driver.", "For hire, eight tonne excavator with driver.")]
    [InlineData("Sedan, 84K mi., one owner.", "Sedan, eighty-four thousand miles, one owner.")]
    [InlineData("Lot 9: 250 x 2.4m pine rails.", "Lot nine, two hundred fifty by two point four meter pine rails.")]
    [InlineData("Cottage on c.1.2 hectares near the lake.", "Cottage on circa one point two hectares near the lake.")]
    [InlineData("Floor area 142 sq.m, gas heating.", "Floor area one hundred forty-two square meters, gas heating.")]
    public void Reads_ad_measures(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void A_glued_m_with_no_size_before_it_stays_a_scale() =>
        Assert.Contains("million", _normalizer.NormalizeToText("The club raised $4.5m steel-fast."), StringComparison.Ordinal);
}
