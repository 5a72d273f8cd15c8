using Aloud.Script;
using Aloud.Script.Emoji;

namespace Aloud.Tests.Script.Emoji;

/// <summary>CLDR short names as a newsreader would say them.</summary>
public class EmojiNameWordingTests
{
    [Theory]
    [InlineData("face with tears of joy", "face with tears of joy")]
    [InlineData("flag: Canada", "flag of Canada")]
    [InlineData("flag: United States", "flag of the United States")]
    [InlineData("flag: Turks & Caicos Islands", "flag of the Turks and Caicos Islands")]
    [InlineData("flag: St. Kitts & Nevis", "flag of Saint Kitts and Nevis")]
    [InlineData("flag: Myanmar (Burma)", "flag of Myanmar")]
    [InlineData("flag: Congo - Kinshasa", "flag of Congo , Kinshasa")]
    [InlineData("flag: Côte d\u2019Ivoire", "flag of Côte d'Ivoire")]
    [InlineData("keycap: 10", "ten")]
    [InlineData("keycap: #", "hash")]
    [InlineData("1st place medal", "first place medal")]
    [InlineData("pool 8 ball", "pool eight ball")]
    [InlineData("A button (blood type)", "A button")]
    [InlineData("Japanese \u201Cvacancy\u201D button", "Japanese vacancy button")]
    [InlineData("UP! button", "UP button")]
    [InlineData("Mrs. Claus", "missus Claus")]
    [InlineData("family: man, woman, boy", "family , man , woman , boy")]
    [InlineData("man: red hair", "man , red hair")]
    public void Reads(string cldrName, string spoken) =>
        Assert.Equal(spoken, string.Join(' ', EmojiNameWording.Words(cldrName, EnglishNumberWords.Instance)));
}
