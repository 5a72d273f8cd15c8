using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PrefixedFigurePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A letter that names the figure: a quake's magnitude (with its decimal) and a flight level.
    [InlineData("A M6.2 quake shook the coast.", "A magnitude six point two quake shook the coast.")]
    [InlineData("The Mw7.45 event was the largest.", "The Mw seven point four five event was the largest.")]
    [InlineData("Take the M4 to the west.", "Take the M four to the west.")]
    [InlineData("The jet climbed to FL410 within minutes.", "The jet climbed to flight level four one zero within minutes.")]
    [InlineData("It held at FL90 for an hour.", "It held at flight level nine zero for an hour.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
