using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class SportsShorthandPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("FA Cup 3rd rd: Orient 2 Stevenage 1 (aet).", "F A Cup third round, Orient two Stevenage one, after extra time.")]
    [InlineData("Swindon won 5-4 on pens at home.", "Swindon won five to four on penalties at home.")]
    [InlineData("Crawley 1 Sutton 1 (4-3 pens).", "Crawley one Sutton one, four to three penalties.")]
    [InlineData("The feature is a hcp chase.", "The feature is a handicap chase.")]
    [InlineData("Surrey 312-6 (Root 72no, Pope 40).", "Surrey three hundred twelve for six, Root seventy-two not out, Pope forty.")]
    [InlineData("Kent 245-8 (Crawley 88 no, Bell 40).", "Kent two hundred forty-five for eight, Crawley eighty-eight not out, Bell forty.")]
    [InlineData("Dunn had 18 pts and 11 rebs. for the Hawks.", "Dunn had eighteen points and eleven rebounds for the Hawks.")]
    [InlineData("The Hawks (6-2, 4-1 conf.) won.", "The Hawks, six and two, four and one in conference, won.")]
    public void ReadsResultsShorthandInPlace(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));

    [Theory]
    // Elsewhere the same letters keep their own meaning.
    [InlineData("She lives at 3rd Rd near the park.", "She lives at third Rd near the park.")]
    [InlineData("He bought pens on sale.", "He bought pens on sale.")]
    [InlineData("The answer was no, said Jones.", "The answer was no, said Jones.")]
    public void LeavesOtherWordsAlone(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written));
}
