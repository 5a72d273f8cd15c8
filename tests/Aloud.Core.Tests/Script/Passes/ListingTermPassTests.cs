using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ListingTermPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Oak dresser, vgc, buyer collects.", "Oak dresser, very good condition, buyer collects.")]
    [InlineData("Spacious semi-d with garden.", "Spacious semi-detached with garden.")]
    [InlineData("Nissan Navara 4x4 d/cab, towbar.", "Nissan Navara four by four dual cab, towbar.")]
    [InlineData("Skippers must call on VHF Ch 14 first.", "Skippers must call on V H F channel fourteen first.")]
    [InlineData("The works will fit 3 no. roof lights.", "The works will fit three roof lights.")]
    [InlineData("Ph Marta 021 555 0148 after six.", "Phone Marta zero two one, five five five, zero one four eight after six.")]
    [InlineData("The cabin is 6 km SW of Dunmore.", "The cabin is six kilometers southwest of Dunmore.")]
    [InlineData("The cabin is 6 km. SW of Dunmore.", "The cabin is six kilometers southwest of Dunmore.")]
    [InlineData("Tickets $12/$9 conc. on the night.", "Tickets twelve dollars nine dollars concessions on the night.")]
    public void Reads_a_listing_term(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Reads_a_length_overall_after_a_length() =>
        Assert.Contains("length overall", _normalizer.NormalizeToText("Yachts of 9 metres LOA pay less."), StringComparison.Ordinal);

    [Fact]
    public void Leaves_a_slashed_pair_of_capitals_outside_a_vehicle_listing() =>
        Assert.DoesNotContain("double cab", _normalizer.NormalizeToText("The D/C converter failed."), StringComparison.Ordinal);
}
