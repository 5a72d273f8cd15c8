using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class UsSpellingPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The colours of the harbour faded.", "The colors of the harbor faded.")]
    [InlineData("A new Arts Centre opened beside the theatre.", "A new Arts Center opened beside the theater.")]
    [InlineData("They organised a rally and realised it was late.", "They organized a rally and realized it was late.")]
    [InlineData("The organisation's programme was criticised.", "The organization's program was criticized.")]
    [InlineData("HONOUR THE METRES", "HONOR THE METERS.")]
    [InlineData("Her favourite flavour won.", "Her favorite flavor won.")]
    public void WritesUsSpelling(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // US "-ise" words, nouns in "-is", and names like the Defence Force stay as written.
    [InlineData("They advertise exercise classes.", "They advertise exercise classes.")]
    [InlineData("The emphasis is on analysis.", "The emphasis is on analysis.")]
    [InlineData("The Defence Force and its glamour.", "The Defence Force and its glamour.")]
    public void LeavesOtherWordsAlone(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
