using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PossessivePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A glued "'s" joins the last word read out, not a lone letter "s".
    [InlineData("after March 3rd's vote", "after March third's vote.")]
    [InlineData("rolled two 6's", "rolled two six's.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
