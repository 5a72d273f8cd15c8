using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class BridgeDirectionPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A bridge result's seats before a placing, or beside the other pair of seats.
    [InlineData("Club night: N/S 2nd Hale and Moyne.", "Club night, North-South second Hale and Moyne.")]
    [InlineData("Winners were N/S Orr and Pike, E/W Lyle and Tobin.", "Winners were North-South Orr and Pike, East-West Lyle and Tobin.")]
    // Elsewhere the letters stay, as a classified's non-smoker.
    [InlineData("Double room, N/S, bills included.", "Double room, N slash S, bills included.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
