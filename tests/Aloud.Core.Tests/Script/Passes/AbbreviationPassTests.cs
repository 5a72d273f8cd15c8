using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Harwick Bros. Inc. reported a loss.", "Harwick Brothers Incorporated reported a loss.")]
    [InlineData("Orrin Textile Mfg. Co. has closed.", "Orrin Textile Manufacturing Company has closed.")]
    [InlineData("The Teachers Assn. endorsed it.", "The Teachers Association endorsed it.")]
    [InlineData("It relied on Art. 5 of the charter.", "It relied on Article five of the charter.")]
    [InlineData("Crews will close Rte. 9 tonight.", "Crews will close Route nine tonight.")]
    [InlineData("See Sec. 4 of the act.", "See Section four of the act.")]
    [InlineData("Sec. Ruiz spoke.", "Secretary Ruiz spoke.")]
    [InlineData("Lakewood 34, Central Valley 31 (OT).", "Lakewood thirty-four, Central Valley thirty-one, overtime.")]
    [InlineData("He was an OT at the clinic.", "He was an O T at the clinic.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
