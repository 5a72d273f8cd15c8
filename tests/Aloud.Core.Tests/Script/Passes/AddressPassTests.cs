using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AddressPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("He lives at 123 Main St. now.", "He lives at one twenty-three Main Street now.")]
    [InlineData("Crews finished the widening of CR 31 in May.", "Crews finished the widening of County Road thirty-one in May.")]
    [InlineData("Repaving closes CR 8 for a week.", "Repaving closes County Road eight for a week.")]
    [InlineData("The CR 4 scores were posted.", "The C R four scores were posted.")]
    // A house number on a numbered road, and a compass word or a preposition before one.
    [InlineData("The barn at 2735 Cty. Rd. 8 burned.", "The barn at twenty-seven thirty-five County Road eight burned.")]
    [InlineData("Deer crossed at 615 E. Hwy. 14 again.", "Deer crossed at six fifteen East Highway fourteen again.")]
    [InlineData("The detour runs along CR 40 until May.", "The detour runs along County Road forty until May.")]
    [InlineData("Traffic slowed on S Rte. 3 at dusk.", "Traffic slowed on South Route three at dusk.")]
    [InlineData("Fire at 4507 Oak Ridge Rd overnight.", "Fire at forty-five oh seven Oak Ridge Road overnight.")]
    [InlineData("Shop at 905 W 42nd St today.", "Shop at nine oh five West forty-second Street today.")]
    [InlineData("Go to 18 Harbor Blvd today.", "Go to eighteen Harbor Boulevard today.")]
    // A street named for a mountain or a saint, abbreviated at its start.
    [InlineData("The shop at 12 Mt Albert Rd closed.", "The shop at twelve Mount Albert Road closed.")]
    [InlineData("Meet at 5 St Marks Pl today.", "Meet at five Saint Marks Place today.")]
    [InlineData("Meet at 350 Fifth Avenue today.", "Meet at three fifty Fifth Avenue today.")]
    [InlineData("Go to 77 Pine Ln, Dayton, OH 45402 today.", "Go to seventy-seven Pine Lane, Dayton, Ohio four five four zero two today.")]
    [InlineData("It sits at 2201 S. Oak Ave.", "It sits at twenty-two oh one South Oak Avenue.")]
    [InlineData("The club is at 30 E. 44th St.", "The club is at thirty East forty-fourth Street.")]
    [InlineData("Offices at 220 W. Maple St. will close.", "Offices at two twenty West Maple Street will close.")]
    // The mountain's or saint's abbreviation keeps its stop.
    [InlineData("A fire broke out at 2215 Mt. Hope Rd. on Friday.", "A fire broke out at twenty-two fifteen Mount Hope Road on Friday.")]
    [InlineData("The office at 318 St. Paul Ave. closed.", "The office at three eighteen Saint Paul Avenue closed.")]
    // A dotted compass letter between a house number and a name makes an address without the street's type.
    [InlineData("The lodge meets at 214 E. Maple.", "The lodge meets at two fourteen East Maple.")]
    [InlineData("Drop-off at 36 N. Grove, 9 to noon.", "Drop-off at thirty-six North Grove, nine to noon.")]
    public void ReadsStreetAddresses(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A number before ordinary words is a quantity, not a house number.
    [InlineData("About 123 people came.", "one hundred twenty-three people")]
    [InlineData("It has 3 Main St branches.", "three Main")]
    public void LeavesQuantities(string written, string expectedPart) =>
        Assert.Contains(expectedPart, _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // A span of house numbers before the street.
    [InlineData("Work began at 10-14 Quarry Rd. on Monday.", "Work began at ten to fourteen Quarry Road on Monday.")]
    [InlineData("Flats at 101-105 Shore St were sold.", "Flats at one oh one to one oh five Shore Street were sold.")]
    public void ReadsASpanOfHouseNumbers(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Co. Rd. 350 W will be closed for paving.", "County Road three hundred fifty West will be closed for paving.")]
    [InlineData("Crews are working on CR 120 S near the grain elevator.", "Crews are working on County Road one hundred twenty South near the grain elevator.")]
    [InlineData("Turn onto Co. Rd. 9 E Harlan Street.", "Turn onto County Road nine East Harlan Street.")]
    public void ReadsACountyRoadsBearingAfterItsNumber(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
