using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class RomanNumeralPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Elizabeth II's coronation was filmed.", "Elizabeth the second's coronation was filmed.")]
    [InlineData("Game III is in Sydney.", "Game three is in Sydney.")]
    [InlineData("It is a Grade II* listed mill.", "It is a Grade two star listed mill.")]
    [InlineData("Wales named an unchanged starting XV on Thursday.", "Wales named an unchanged starting fifteen on Thursday.")]
    [InlineData("He made the first XI at last.", "He made the first eleven at last.")]
    [InlineData("The book, Vol. II of her memoirs, is out.", "The book, volume two of her memoirs, is out.")]
    // After a counting word: a plain number.
    [InlineData("veterans of World War II", "veterans of World War two.")]
    // Lettered grades run to X: after "Class", "Type" or "Category" a lone X is the letter; a title is ten.
    [InlineData("He faces a Class X felony.", "He faces a Class X felony.")]
    // Beside a word of school or its exams, Class X is the tenth school year.
    [InlineData("Over 900 Class X students sat the maths paper.", "Over nine hundred Class ten students sat the maths paper.")]
    [InlineData("The Class XII board results are due in May.", "The Class twelve board results are due in May.")]
    [InlineData("It is a Category X drug.", "It is a Category X drug.")]
    [InlineData("Title X funding was cut.", "Title ten funding was cut.")]
    [InlineData("Read Chapter IV tonight.", "Read Chapter four tonight.")]
    [InlineData("tickets for Super Bowl LIX", "tickets for Super Bowl fifty-nine.")]
    [InlineData("See Part XL.", "See Part forty.")]
    // After a monarch's or pope's name: a regnal ordinal.
    [InlineData("King Charles III spoke.", "King Charles the third spoke.")]
    [InlineData("a portrait of Henry VIII", "a portrait of Henry the eighth.")]
    [InlineData("Pope Leo XIV visited.", "Pope Leo the fourteenth visited.")]
    [InlineData("the reign of Henry V", "the reign of Henry the fifth.")]
    // After another title word: a number, as for sequels.
    [InlineData("They watched Rocky IV again.", "They watched Rocky four again.")]
    // A title or product, not a person, when the context says so: a verb of playing, a possessive, a work noun, a subtitle.
    [InlineData("He played Street Fighter II for hours.", "He played Street Fighter two for hours.")]
    [InlineData("Capcom's Street Fighter II sold well.", "Capcom's Street Fighter two sold well.")]
    [InlineData("a Street Fighter II tournament", "a Street Fighter two tournament.")]
    [InlineData("Street Fighter II: The World Warrior", "Street Fighter two, The World Warrior.")]
    // A generational suffix after a full personal name stays "the third".
    [InlineData("He met Martin Luther King III on Monday.", "He met Martin Luther King the third on Monday.")]
    [InlineData("Harold Kessling III spoke first.", "Harold Kessling the third spoke first.")]
    // Letters that only look Roman stay as written.
    [InlineData("Then I left.", "Then I left.")]
    [InlineData("a Washington DC office", "a Washington D C office.")]
    [InlineData("the MIX radio show", "the MIX radio show.")]
    [InlineData("He sent his CV today.", "He sent his C V today.")]
    [InlineData("Generation X voters", "Generation X voters.")]
    [InlineData("a speech by Malcolm X", "a speech by Malcolm X.")]
    [InlineData("Vitamin C helps.", "Vitamin C helps.")]
    [InlineData("an IV drip", "an I V drip.")]
    [InlineData("The 1st XV won 24-17.", "The first fifteen won twenty-four to seventeen.")]
    [InlineData("Medicare Part D premiums rose, and Part IV applies.", "Medicare Part D premiums rose, and Part four applies.")]
    public void ReadsRomanNumeralsOnlyInContext(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A club's second or third team is counted, never a generation.
    [InlineData("Carrick Rangers II drew with Larne.", "Carrick Rangers two drew with Larne.")]
    [InlineData("Dunmore Athletic III 2 Kilbride 1.", "Dunmore Athletic three two Kilbride one.")]
    [InlineData("Harold Kessling III spoke.", "Harold Kessling the third spoke.")]
    public void CountsAClubsTeams(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
