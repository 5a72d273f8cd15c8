using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SerialNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Part KT-40/518203-qrs failed.", "Part KT forty five one eight two zero three, qrs failed.")]
    [InlineData("Order AB/123456 shipped.", "Order A B one two three four five six shipped.")]
    [InlineData("File 45/208813/2019 was closed.", "File forty-five slash two zero eight eight one three slash two thousand nineteen was closed.")]
    [InlineData("Ref 7/04/55012 applies.", "Ref seven slash zero four slash five five zero one two applies.")]
    // A date and a fraction keep their readings.
    [InlineData("On 12/31/2021 we met.", "On December thirty-first twenty twenty-one we met.")]
    public void ReadsSlashedReferenceNumbersGroupByGroup(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
