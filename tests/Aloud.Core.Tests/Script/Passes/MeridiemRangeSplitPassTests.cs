using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MeridiemRangeSplitPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The clinic runs 8 am-2 pm on Saturdays.", "The clinic runs eight a m to two p m on Saturdays.")]
    [InlineData("Voting is 7.30 am-6.30 pm.", "Voting is seven thirty a m to six thirty p m.")]
    public void ReadsATimeSpan(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
