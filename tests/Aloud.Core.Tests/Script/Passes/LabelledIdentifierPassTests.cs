using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class LabelledIdentifierPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Write back quoting ref. 7730184429 please.", "Write back quoting reference seven seven three zero one eight four four two nine please.")]
    [InlineData("Homes in Pin code 411052 lost power.", "Homes in Pin code four one one zero five two lost power.")]
    [InlineData("The postcode 7441 covers Brackenvale.", "The postcode seven four four one covers Brackenvale.")]
    [InlineData("Lot ID No. 31-07-118-004 changed hands.", "Lot I D number three one, zero seven, one one eight, zero zero four changed hands.")]
    public void ReadsDigitByDigit(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Short references and plain counts keep their number reading.
    [InlineData("It is No. 4 in the charts.", "It is number four in the charts.")]
    [InlineData("The reference 2026 report is out.", "The reference twenty twenty-six report is out.")]
    // A numbered post of a veterans' body is no postcode.
    [InlineData("Donations go to Legion Post No. 4418.", "Donations go to Legion Post number forty-four eighteen.")]
    public void LeavesOthers(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
