using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CricketScorecardPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Patel c Rowe b Naidoo 44 (61b, 6x4, 1x6)", "Patel caught Rowe bowled Naidoo forty-four, sixty-one balls, six fours, one six.")]
    [InlineData("Khan lbw b Shah 12 (20b, 2x4).", "Khan l b w, bowled Shah twelve, twenty balls, two fours.")]
    [InlineData("Ali b Moyo 0 (3b).", "Ali bowled Moyo zero, three balls.")]
    [InlineData("Doyle c & b Hendricks 31 (40b, 3x4, 2x6).", "Doyle caught and bowled Hendricks thirty-one, forty balls, three fours, two sixes.")]
    [InlineData("India 318-4 (Varma 141*, Kohli 68)", "India three hundred eighteen for four, Varma one hundred forty-one not out, Kohli sixty-eight.")]
    public void ReadsBattingLines(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Outside a batting line the letters and sizes keep their readings.
    [InlineData("The room is 6x4 metres.", "The room is six by four metres.")]
    [InlineData("Plan B was used.", "Plan B was used.")]
    public void LeavesOtherText(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A pitcher's won-lost record beside "innings" and a bowler's figures are no team total.
    [InlineData("Lefty Rob Keane, 11-6, allowed two runs on five hits over six innings.")]
    [InlineData("Bowling: Carrick 18-4-52-3, Owusu 9-0-38-0.")]
    public void LeavesOtherDashedFiguresAlone(string written) => Assert.DoesNotContain(" for ", _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // A scorecard summary: the team's total is a count, a bowler's figures in its bracket are wickets for runs.
    [InlineData("Otago 211 (R. Pellow 64, J. Marr 30; S. Tuilagi 5-38) beat Canterbury by 14 runs.", "Otago two hundred eleven, R Pellow sixty-four, J Marr thirty, S Tuilagi five for thirty-eight, beat Canterbury by fourteen runs.")]
    [InlineData("Kent 178-9 (A.J. Fenwick 52; P. Dunmore 3-27) lost by four wickets.", "Kent one hundred seventy-eight for nine, A J Fenwick fifty-two, P Dunmore three for twenty-seven, lost by four wickets.")]
    [InlineData("Sussex 287 (T. Ambrey 91, L. Gault 44) won by 35 runs.", "Sussex two hundred eighty-seven, T Ambrey ninety-one, L Gault forty-four, won by thirty-five runs.")]
    // A day's close is cricket's cue for runs and wickets.
    [InlineData("Surrey were 312-6 at the close of the second day.", "Surrey were three hundred twelve for six at the close of the second day.")]
    [InlineData("Durham reached 96-2 at lunch.", "Durham reached ninety-six for two at lunch.")]
    public void ReadsScorecardSummaries(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Not a scorecard: a bracket of counts after a name with no bowler's figures and no cricket word.
    [InlineData("Boeing 737 (Reno 22, Tahoe 18) flights resumed.")]
    [InlineData("The Senate voted 52-47 at the close of business.")]
    public void LeavesOtherBrackets(string written) => Assert.DoesNotContain(" for ", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
