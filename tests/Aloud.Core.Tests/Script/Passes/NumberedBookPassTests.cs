using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class NumberedBookPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A numbered book of scripture before its chapter takes an ordinal; elsewhere the number is a count.
    [InlineData("The reading was 2 Timothy 4:7.", "The reading was Second Timothy four, seven.")]
    [InlineData("She quoted 1 Samuel 17 at length.", "She quoted First Samuel seventeen at length.")]
    [InlineData("They hired 2 Peters and a Paul.", "They hired two Peters and a Paul.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
