using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class DayOfPlayTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A day's close or break names cricket, so the pair before it is runs for wickets.
    [InlineData("Essex were 254-7 at close of play.", "Essex were two hundred fifty-four for seven at close of play.")]
    [InlineData("After a day's play Sussex stood at 140-3.", "After a day's play Sussex stood at one hundred forty for three.")]
    [InlineData("Hampshire had slipped to 77-4 by the close of day three.", "Hampshire had slipped to seventy-seven for four by the close of day three.")]
    [InlineData("Kent reached 312-8 at the close on the first day.", "Kent reached three hundred twelve for eight at the close on the first day.")]
    [InlineData("Otago were 199-5 at the close on day 3.", "Otago were one hundred ninety-nine for five at the close on day three.")]
    public void NamesCricketByTheDaysClose(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A close that is not a day's play leaves a vote as a vote.
    [InlineData("The motion passed 254-7 at the close of the debate.")]
    [InlineData("The council split 140-3 at the close of trading hours.")]
    public void LeavesOtherCloses(string written) => Assert.DoesNotContain(" for ", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
