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
    [InlineData("Lt. Gen. (ret.) Ames spoke.", "Lieutenant General, retired, Ames spoke.")]
    [InlineData("The ship's capt. radioed for help.", "The ship's captain radioed for help.")]
    [InlineData("Talk to the Gov. first.", "Talk to the Governor first.")]
    [InlineData("Fruit, e.g. apples and pears, is cheap.", "Fruit, for example apples and pears, is cheap.")]
    [InlineData("Use a term, i.e. a word, that fits.", "Use a term, that is a word, that fits.")]
    [InlineData("The min. age is 16.", "The minimum age is sixteen.")]
    [InlineData("Asst. Coach Lyle Burke left.", "Assistant Coach Lyle Burke left.")]
    [InlineData("The rule is Fed. R. Civ. P. 12.", "The rule is Federal Rule of Civil Procedure twelve.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
