using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MotorwayJunctionPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A junction written short, in a sentence about a motorway.
    [InlineData("The M5 was shut between J4 and J5.", "The M five was shut between junction four and junction five.")]
    [InlineData("Lanes closed at J12 on the northbound carriageway.", "Lanes closed at junction twelve on the northbound carriageway.")]
    // Elsewhere a "J4" is a seat or a model, left to the other readings.
    [InlineData("She sat in seat J4 at the theatre.", "She sat in seat J four at the theatre.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
