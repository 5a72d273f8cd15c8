using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AgeGroupPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The u/14B team trains Monday.", "The under-fourteen B team trains Monday.")]
    [InlineData("Our u/9 players need boots.", "Our under-nine players need boots.")]
    public void Reads_a_youth_age_group(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Leaves_an_age_past_junior_grades() =>
        Assert.DoesNotContain("under", _normalizer.NormalizeToText("See u/40 for details."), StringComparison.Ordinal);
}
