using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class PartyLabelPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A party's short label in brackets after a name is said in full.
    [InlineData("Cllr Mary Hale (Lab) voted against.", "Councillor Mary Hale, Labour, voted against.")]
    [InlineData("Tom Reed (Con) and Ann Fox (LD) abstained.", "Tom Reed, Conservative, and Ann Fox, Liberal Democrat, abstained.")]
    [InlineData("The seat went to Jo Price (Ind).", "The seat went to Jo Price, Independent.")]
    [InlineData("Sean Boyle (SF) topped the poll.", "Sean Boyle, Sinn Féin, topped the poll.")]
    // Not after a name: left as written.
    [InlineData("the lab (Lab) results", "the lab, Lab, results.")]
    [InlineData("Mary Hale (Lab, Northside) spoke.", "Mary Hale, Labour, Northside, spoke.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
