using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ShortYearPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("the class of '08", "the class of oh eight.")]
    [InlineData("back in '95, things changed", "back in ninety-five, things changed.")]
    [InlineData("since '00", "since two thousand.")]
    [InlineData("the \u201908 crash", "the oh eight crash.")]
    // A decade keeps its reading; a quoted number is not a year.
    [InlineData("the '80s", "the eighties.")]
    [InlineData("rock'n'roll", "rock'n'roll.")]
    public void ReadsTwoDigitYears(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
