using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class NoticeShorthandPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Ruth Pellow, b. 9 Mar. 1931, d. 2 Feb. 2026, of Truro.", "Ruth Pellow, born the ninth of March nineteen thirty-one, died the second of February twenty twenty-six, of Truro.")]
    [InlineData("Mother of late Sh. V.P. Anand, passed away.", "Mother of late Shri V P Anand, passed away.")]
    [InlineData("Parking is banned under Ord. No. 2024-07.", "Parking is banned under Ordinance number twenty twenty-four zero seven.")]
    [InlineData("A pine chest (est. £80-£120) sold well.", "A pine chest, estimate eighty to one hundred twenty pounds, sold well.")]
    [InlineData("Two bed flat, gas CH, parking.", "Two bed flat, gas central heating, parking.")]
    [InlineData("2015 Ford Focus, 3dr, 61,000 miles, FSH.", "twenty fifteen Ford Focus, three door, sixty-one thousand miles, full service history.")]
    [InlineData("VAN DER BERG, Elsa Maria, of Stellenbosch.", "Van der BERG, Elsa Maria, of Stellenbosch.")]
    public void Reads_notice_shorthand(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void A_van_in_a_capital_heading_with_no_first_name_is_no_particle() =>
        Assert.DoesNotContain("Van ", _normalizer.NormalizeToText("VAN HIRE AT LOW RATES."), StringComparison.Ordinal);
}
