using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MinuteMarkPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A live report's entry opens on its minute: said as the minute, the mark not dropped into a bare number.
    [InlineData("The winner came from Barrow (55 pen).", "The winner came from Barrow, fifty-five penalty.")]
    [InlineData("52' GOAL! Reid scores.", "fifty-second minute, GOAL, Reid scores.")]
    [InlineData("90+3' Full time here.", "ninety plus three minutes, Full time here.")]
    [InlineData("17' - Close from Hale.", "seventeenth minute, Close from Hale.")]
    // Not a minute: a foot mark in a height, a mark not at the entry's start, a number beyond a match.
    [InlineData("He is 6'2\" tall.", "He is six foot two tall.")]
    [InlineData("Reid scored in the 52' minute.", "Reid scored in the fifty-two minute.")]
    [InlineData("450' Tower opens.", "four hundred fifty Tower opens.")]
    // A goals line: each scorer's minute, and how the goal came.
    [InlineData("Goals: Okafor 12', Brandt 90+2', Whitlow 81' (pen.).", "Goals, Okafor twelfth minute, Brandt ninety plus two minutes, Whitlow eighty-first minute, penalty.")]
    [InlineData("Reid 30' (og)", "Reid thirtieth minute, own goal.")]
    // A scorers' list in brackets without minute marks: "pen" and "og" after the minute.
    [InlineData("Rovers 2 (Hale 34, Dunne 78 pen) City 1 (Kerr 61 og).", "Rovers two, Hale thirty-four, Dunne seventy-eight penalty, City one, Kerr sixty-one own goal.")]
    [InlineData("He bought a pen for 78 pence.", "He bought a pen for seventy-eight pence.")]
    [InlineData("City 2 (Hale 12, Dunne (pen 71)).", "City two, Hale twelve, Dunne, penalty seventy-one.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
