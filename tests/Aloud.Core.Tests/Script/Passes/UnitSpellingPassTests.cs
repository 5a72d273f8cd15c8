using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Tests.Script.Passes;

public class UnitSpellingPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The 10km race starts at 9am.", "The ten kilometre race starts at nine a m.")]
    [InlineData("The pool is 25m long.", "The pool is twenty-five metres long.")]
    [InlineData("Rainfall: 12.4mm at the airport.", "Rainfall, twelve point four millimetres at the airport.")]
    [InlineData("A 1.5L bottle and 250ml of milk.", "A one point five litre bottle and two hundred and fifty millilitres of milk.")]
    [InlineData("The dam holds 2,000ML.", "The dam holds two thousand megalitres.")]
    [InlineData("Winds to 60km/h.", "Winds to sixty kilometres per hour.")]
    // The writer's own word is never respelled.
    [InlineData("Pay at the parking meter.", "Pay at the parking meter.")]
    public void SpellsMetricUnitsTheCommonwealthWayInDayFirstCopy(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.DayFirst));

    [Theory]
    [InlineData("The 10km race starts at 9am.", "The ten kilometer race starts at nine a m.")]
    [InlineData("A 1.5L bottle.", "A one point five liter bottle.")]
    public void KeepsAmericanSpellingInMonthFirstCopy(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.MonthFirst));
}
