using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MonthAbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The bishop will visit in Feb, his office said.", "The bishop will visit in February, his office said.")]
    [InlineData("Works run until Nov.", "Works run until November.")]
    [InlineData("She met Jan Novak in Prague.", "She met Jan Novak in Prague.")]
    [InlineData("The vote is in Jun, or later.", "The vote is in Jun, or later.")]
    public void Reads_an_undotted_month_after_a_word_of_time(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
