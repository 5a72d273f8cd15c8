using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RowingBoatPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // In a sentence about rowing the shorthand names the boat.
    [InlineData("Tarrant Rowing Club took the women's 1x and the men's 4x.", "Tarrant Rowing Club took the women's single scull and the men's quad scull.")]
    [InlineData("The crew's 8+ was third, their 2- fifth.", "The crew's eight was third, their coxless pair fifth.")]
    // A cox already named is not said twice.
    [InlineData("At the regatta the coxed 4+ led from the start.", "At the regatta the coxed four led from the start.")]
    [InlineData("Her 4+ won at the regatta.", "Her coxed four won at the regatta.")]
    public void ReadsABoatClass(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // No rowing word: the shorthand keeps its ordinary reading.
    [InlineData("Watch it at 2x speed.", "Watch it at two times speed.")]
    // A score in a rowing sentence stays a score.
    [InlineData("The rowers lost the football match 2-1.", "The rowers lost the football match two to one.")]
    public void LeavesOtherText(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
