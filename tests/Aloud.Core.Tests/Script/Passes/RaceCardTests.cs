using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RaceCardTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A race number as a field of its own in a greyhound or racing card's line.
    [InlineData("Greyhounds, Brackenfield, R9 (480m), 9.40pm", "Greyhounds, Brackenfield, race nine, four hundred eighty meters, nine forty p m.")]
    // A card heading's day and dotted time before a colon.
    [InlineData("Carrowmore Stadium, Thu., 7.52: A2 550yds", "Carrowmore Stadium, Thursday, seven fifty-two, A two five hundred fifty yards.")]
    // A distance before the race it names is singular.
    [InlineData("Gale Lantern won the 2m novice hurdle by four lengths.", "Gale Lantern won the two mile novice hurdle by four lengths.")]
    [InlineData("The gelding stays 3m well.", "The gelding stays three miles well.")]
    public void ReadsACardLine(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // No racing word: "R9" is a code, and a figure after a comma with no weekday is a decimal.
    [InlineData("Take the exit, R9, then left.", "Take the exit, R nine, then left.")]
    [InlineData("The index closed at 8.38: a record.", "The index closed at eight point three eight, a record.")]
    public void LeavesOtherLines(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
