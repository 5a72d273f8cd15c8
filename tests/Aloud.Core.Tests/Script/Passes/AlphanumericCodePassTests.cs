using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AlphanumericCodePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The plate read 7KDR219 today.", "The plate read seven K D R two one nine today.")]
    [InlineData("They traced serial 4471-A-09 to a dealer.", "They traced serial four four seven one A zero nine to a dealer.")]
    [InlineData("The code 12B4C expired.", "The code one two B four C expired.")]
    // One change between digits and letters is a model or a name, not a code to spell.
    [InlineData("The 10K race starts at noon.", "The ten K race starts at noon.")]
    [InlineData("Call 1-800-GO-2-HAUL now.", "Call one, eight hundred, GO two HAUL now.")]
    [InlineData("Enrollment grew in 2019-20.", "Enrollment grew in twenty nineteen to twenty.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A short code with a letter between digits is read character by character, never as a scaled number.
    [InlineData("Units with batch codes starting 4B7 are affected.", "Units with batch codes starting four B seven are affected.")]
    [InlineData("Check for lot 2K19 on the label.", "Check for lot two K one nine on the label.")]
    [InlineData("a $4B deal", "a four billion dollar deal.")]
    public void ReadsShortCodes(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
