using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CollarNumberPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("PC 3382 Denholm gave evidence.", "P C thirty-three eighty-two Denholm gave evidence.")]
    [InlineData("Sgt. 612 Parrish was on duty.", "Sgt six twelve Parrish was on duty.")]
    public void Reads_a_collar_number_in_pairs(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void A_count_after_a_rank_with_no_name_stays_a_count() =>
        Assert.Contains("thousand", _normalizer.NormalizeToText("The PC 3382 figures were lower."), StringComparison.Ordinal);
}
