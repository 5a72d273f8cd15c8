using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class TrackingNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Every character of each group as printed, a breath between groups.
    [InlineData("The box had tracking number 1Z 804 KB2 0331 5561 20.", "The box had tracking number one Z, eight zero four, K B two, zero three three one, five five six one, two zero.")]
    [InlineData("Quote consignment no. 5520 1187 4409.", "Quote consignment number five five two zero, one one eight seven, four four zero nine.")]
    [InlineData("The part number, 5520-118-C, is on the label.", "The part number, five five two zero, one one eight, C, is on the label.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Leaves_a_label_with_no_code_alone() =>
        Assert.Equal("The tracking number is on the box.", _normalizer.NormalizeToText("The tracking number is on the box."));
}
