using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Tests.Script.Passes;

public class RangePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("India closed on 287-5, a lead of 40.", "India closed on two hundred eighty-seven for five, a lead of forty.")]
    [InlineData("Rao made 88 not out as India reached 301-6.", "Rao made eighty-eight not out as India reached three hundred one for six.")]
    [InlineData("Keane scored 2-3 from play in the win.", "Keane scored two three from play in the win.")]
    [InlineData("Surrey closed day 3 on 214-5.", "Surrey closed day three on two hundred fourteen for five.")]
    [InlineData("Amir took 4-30 as Kent were dismissed for 150.", "Amir took four for thirty as Kent were dismissed for one hundred fifty.")]
    [InlineData("Ruiz cleared 15-6 in the pole vault.", "Ruiz cleared fifteen feet six inches in the pole vault.")]
    [InlineData("Kemp won the shot put at 48-0.", "Kemp won the shot put at forty-eight feet.")]
    [InlineData("The board voted 6-3 after a jump in costs.", "The board voted six to three after a jump in costs.")]
    [InlineData("Silver Lantern (9-2) took the handicap by two lengths.", "Silver Lantern, nine to two, took the handicap by two lengths.")]
    [InlineData("Harbour won 3-0 with two goals from corners.", "Harbour won three nil with two goals from corners.")]
    [InlineData("The Bears beat the Lions 17-0 on Sunday.", "The Bears beat the Lions seventeen to nothing on Sunday.")]
    [InlineData("The board voted 9-0 to approve it.", "The board voted nine to zero to approve it.")]
    [InlineData("In the cricket, Amos Kiprop starred, taking 4-31 in ten overs.", "In the cricket, Amos Kiprop starred, taking four for thirty-one in ten overs.")]
    [InlineData("Ballyrath 3-11 Kilmona 0-19: the holders lost at home.", "Ballyrath three eleven Kilmona zero nineteen, the holders lost at home.")]
    [InlineData("Nolan scored 0-7, 0-5 from frees.", "Nolan scored zero seven, zero five from frees.")]
    [InlineData("Ulster Bank costs rose 2-3 percent.", "Ulster Bank costs rose two to three percent.")]
    [InlineData("Okafor is 9-4 with a 3.12 ERA in road games.", "Okafor is nine and four with a three point one two E R A in road games.")]
    [InlineData("The reliever went 5-2 with a 2.40 ERA.", "The reliever went five and two with a two point four zero E R A.")]
    [InlineData("Between 1,500-2,000 fans came.", "Between one thousand five hundred and two thousand fans came.")]
    [InlineData("He returned figures of 4-37 on day two.", "He returned figures of four for thirty-seven on day two.")]
    [InlineData("They tested lot 2026-0417 of the drug.", "They tested lot twenty twenty-six zero four one seven of the drug.")]
    [InlineData("See pp. 1 -7 of it.", "See pages one to seven of it.")]
    [InlineData("The Lakers won 112-100.", "The Lakers won one hundred twelve to one hundred.")]
    [InlineData("ages 6-12", "ages six to twelve.")]
    [InlineData("won 98-87", "won ninety-eight to eighty-seven.")]
    [InlineData("the 2024-25 season", "the twenty twenty-four twenty-five season.")]
    [InlineData("from 1914-1918", "from nineteen fourteen to nineteen eighteen.")]
    [InlineData("$40-$60 a night", "forty to sixty dollars a night.")]
    [InlineData("3-4 kg", "three to four kilograms.")]
    [InlineData("7-3=4", "seven minus three equals four.")]
    [InlineData("pages 12 -19", "pages twelve to nineteen.")]
    // Times of day with am/pm span a range too.
    [InlineData("open 9am-6pm", "open nine a m to six p m.")]
    [InlineData("from 8:30 am - 1:15 pm", "from eight thirty a m to one fifteen p m.")]
    // A number's year and serial is no range; the serial is said as its digits, not as a quantity.
    [InlineData("listed as No. 21-4476", "listed as number twenty-one four four seven six.")]
    [InlineData("It was a 50-50 split.", "It was a fifty fifty split.")]
    [InlineData("The teams drew 1-1 in Leeds.", "The teams drew one all in Leeds.")]
    [InlineData("The Owls (14-6, 7-2 MAC) lost.", "The Owls, fourteen and six, seven and two M A C, lost.")]
    // Money is never a win-loss record; a year and a serial after "No." or "number" is one number, not a span.
    [InlineData("Seats are $45-$120.", "Seats are forty-five to one hundred twenty dollars.")]
    [InlineData("The bylaw, No. 2025-17, was repealed.", "The bylaw, number twenty twenty-five seventeen, was repealed.")]
    [InlineData("Resolution number 2026-08 passed.", "Resolution number twenty twenty-six zero eight passed.")]
    // A margin in runs names cricket, where a wickets-first total is read "for".
    [InlineData("Victoria 6-288 (Lane 101) beat Tasmania by 57 runs.", "Victoria six for two hundred eighty-eight, Lane one hundred one, beat Tasmania by fifty-seven runs.")]
    // Clock times are never a record; a numbered bylaw is one number.
    [InlineData("Opening hours are 9 a.m.-6 p.m. daily.", "Opening hours are nine a m to six p m daily.")]
    [InlineData("Bylaw 2026-207 sets the fee.", "Bylaw twenty twenty-six two hundred seven sets the fee.")]
    // A two-digit serial after a council's label is no year's tail either.
    [InlineData("By-law 2025-38 caps the fee.", "By-law twenty twenty-five thirty-eight caps the fee.")]
    [InlineData("Under Local Law 2024-19 dogs are leashed.", "Under Local Law twenty twenty-four nineteen dogs are leashed.")]
    [InlineData("Council adopted Policy 2026-44 today.", "Council adopted Policy twenty twenty-six forty-four today.")]
    [InlineData("The 2025-38 plan was long.", "The twenty twenty-five to thirty-eight plan was long.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Phone numbers and dashed chains are not ranges, whichever pass reads them.
    [InlineData("call 555-0199")]
    [InlineData("call 555-123-4567")]
    public void LeavesPhoneNumbers(string written) => Assert.DoesNotContain(" to ", _normalizer.NormalizeToText(written));

    [Theory]
    // A cricket total is runs "for" wickets, but only where the sentence talks cricket; a vote and a baseball
    // score keep "to".
    [InlineData("India were 312-7 at stumps.", "India were three hundred twelve for seven at stumps.")]
    [InlineData("They declared on 451-8 after tea, the openers bowled out cheaply.", "They declared on four hundred fifty-one for eight after tea, the openers bowled out cheaply.")]
    [InlineData("Kent reached 96-3 in 20 overs.", "Kent reached ninety-six for three in twenty overs.")]
    [InlineData("The House passed it 405-6.", "The House passed it four hundred five to six.")]
    [InlineData("They won 7-3 in 10 innings.", "They won seven to three in ten innings.")]
    [InlineData("In reply, Northam reached 188-6 with 11 balls to spare.", "In reply, Northam reached one hundred eighty-eight for six with eleven balls to spare.")]
    [InlineData("Bedi finished with 4-41 from his 10 overs.", "Bedi finished with four for forty-one from his ten overs.")]
    [InlineData("At stumps Australia were 2-84, trailing by 163 runs.", "At stumps Australia were two for eighty-four, trailing by one hundred sixty-three runs.")]
    // A side's two innings joined by "&" are a scorecard's, so its second total is runs for wickets, and "dec" declared.
    [InlineData("Kent 288 & 214-6; Essex 301.", "Kent two hundred eighty-eight and two hundred fourteen for six, Essex three hundred one.")]
    [InlineData("Sussex 190 & 322-8 dec.", "Sussex one hundred ninety and three hundred twenty-two for eight declared.")]
    [InlineData("Kent 377-6 dec (J Hale 121) v Surrey.", "Kent three hundred seventy-seven for six declared, J Hale one hundred twenty-one, versus Surrey.")]
    // Wickets then more runs straight after "took" or "claimed", with no article or noun, are a bowler's figures.
    [InlineData("Okafor took 4-27 and made a quick 40.", "Okafor took four for twenty-seven and made a quick forty.")]
    [InlineData("Brandt claimed 3-19 off eight tight overs.", "Brandt claimed three for nineteen off eight tight overs.")]
    [InlineData("The Wolves took a 3-1 lead into the break.", "The Wolves took a three to one lead into the break.")]
    [InlineData("Rovers took 2-1 win home.", "Rovers took two to one win home.")]
    // An innings verb before "to" makes the pair runs for wickets without a cricket word.
    [InlineData("The hosts slumped to 61-6 before lunch.", "The hosts slumped to sixty-one for six before lunch.")]
    [InlineData("Kent 287-9 (50 ov) beat Essex.", "Kent two hundred eighty-seven for nine, fifty overs, beat Essex.")]
    [InlineData("Flats 12 & 14 were sold for 450-500 each.", "Flats twelve and fourteen were sold for four hundred fifty to five hundred each.")]
    public void ReadsCricketTotalsOnlyInCricket(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Tennis sets are pairs of games, said without "to"; a lone score keeps it.
    [InlineData("Ito won 6-4, 3-6, 7-5.", "Ito won six four, three six, seven five.")]
    [InlineData("She lost 6-7, 2-6 in the final.", "She lost six seven, two six in the final.")]
    [InlineData("Leeds won 6-4 at home.", "Leeds won six to four at home.")]
    [InlineData("They went 2-1, 3-1 and 6-2 in those games.", "They went two to one, three to one and six to two in those games.")]
    [InlineData("Ribera won 6-4, 3-6, 7-6 (7-4) to take the title.", "Ribera won six four, three six, seven six, seven four, to take the title.")]
    [InlineData("She won 7-6 (10-8), 6-3.", "She won seven six, ten eight, six three.")]
    [InlineData("M. Castellan (ITA) bt T. Brandauer (GER) 6-3 6-4.", "M Castellan, Italy, beat T Brandauer, Germany, six three six four.")]
    public void ReadsTennisSetsAsPairs(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Gaelic games: goals and points on each side of "to" are said as pairs; a lone pair keeps its reading.
    [InlineData("Carnmore won 1-17 to 0-15 on Sunday.", "Carnmore won one seventeen to zero fifteen on Sunday.")]
    [InlineData("They trailed 0-9 to 2-11 at the break.", "They trailed zero nine to two eleven at the break.")]
    [InlineData("They drew 2-2 on Sunday.", "They drew two all on Sunday.")]
    [InlineData("Okafor scored twice before Brand made it 3-0 in the 67th minute.", "Okafor scored twice before Brand made it three nil in the sixty-seventh minute.")]
    [InlineData("Kaizer Chiefs drew 0-0 with Orlando Pirates in the Soweto derby.", "Kaizer Chiefs drew nil nil with Orlando Pirates in the Soweto derby.")]
    [InlineData("Shamrock Rovers won the FAI Cup final 2-0.", "Shamrock Rovers won the F A I Cup final two nil.")]
    [InlineData("The Jets beat the Bills 21-0.", "The Jets beat the Bills twenty-one to nothing.")]
    [InlineData("Goalie Ari Lund made 31 saves in a 2-0 win.", "Goalie Ari Lund made thirty-one saves in a two to nothing win.")]
    [InlineData("Clare's Sean hit 2-3 from play in the Munster SHC semi-final.", "Clare's Sean hit two three from play in the Munster S H C semi-final.")]
    [InlineData("The boxer improved his record to 19-0 with 14 knockouts.", "The boxer improved his record to nineteen and oh with fourteen knockouts.")]
    [InlineData("Rovers were held to a 0-0 draw at home.", "Rovers were held to a nil nil draw at home.")]
    [InlineData("Harambee Stars drew 0-0 with Uganda.", "Harambee Stars drew nil nil with Uganda.")]
    // Two totals of a few goals and many points, owned by a side or ended on, are a Gaelic result; a record is not.
    [InlineData("Wexford's 1-24 was too much for Offaly, who finished on 0-19.", "Wexford's one twenty-four was too much for Offaly, who finished on zero nineteen.")]
    [InlineData("Mayo 1-15 Galway 0-14: Ryan hit 0-7 from frees and play.", "Mayo one fifteen Galway zero fourteen, Ryan hit zero seven from frees and play.")]
    // A result's zero with no word of either sport is football's while the other side is a football score.
    [InlineData("The Black Stars beat Sudan 2-0 in Kumasi.", "The Black Stars beat Sudan two nil in Kumasi.")]
    [InlineData("The Bears beat the Lions 17-0 on Sunday.", "The Bears beat the Lions seventeen to nothing on Sunday.")]
    [InlineData("Ortiz pitched a gem as the Padres won 3-0.", "Ortiz pitched a gem as the Padres won three to nothing.")]
    public void ReadsGoalsAndPointsAsPairs(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Two_records_of_the_same_shape_are_not_goals_and_points() =>
        Assert.DoesNotContain("two fourteen", _normalizer.NormalizeToText("The Jets went 2-14 and then 3-13 in the next season."));

    [Theory]
    // Only a Test match breaks for tea, so a total "at tea" is runs for wickets.
    [InlineData("India were 198-4 at tea on the third day.", "India were one hundred ninety-eight for four at tea on the third day.")]
    [InlineData("The bill passed 198-4 on the third day.", "The bill passed one hundred ninety-eight to four on the third day.")]
    public void ReadsACricketTotalAtTea(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A level score after a draw named before it or right after it is "N all"; a goalless one stays "nil nil".
    [InlineData("Harbourside United drew 3-3 with Kestrel Town.", "Harbourside United drew three all with Kestrel Town.")]
    [InlineData("It was a 2-2 draw at the Showground.", "It was a two all draw at the Showground.")]
    [InlineData("The teams were level at 1-1 at the break.", "The teams were level at one all at the break.")]
    [InlineData("It was all square at 4-4 after extra time.", "It was all square at four all after extra time.")]
    [InlineData("The sides drew 0-0 in the rain.", "The sides drew nil nil in the rain.")]
    [InlineData("The match ended 1-1 in Perth.", "The match ended one to one in Perth.")]
    [InlineData("It was a 50-50 call.", "It was a fifty fifty call.")]
    public void ReadsLevelScores(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.MonthFirst));

    [Theory]
    // Day-first copy says any level result "N all"; an even split is still "fifty-fifty".
    [InlineData("The match ended 1-1 in Perth.", "The match ended one all in Perth.")]
    [InlineData("Rovers finished 2-2 away from home.", "Rovers finished two all away from home.")]
    [InlineData("The board won a 50-50 vote.", "The board won a fifty fifty vote.")]
    [InlineData("The ballot split 3-3.", "The ballot split three to three.")]
    public void ReadsLevelResultsInDayFirstCopy(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.DayFirst));

    [Theory]
    // Day-first copy says a result line's zero "nil", with or without a dash, and a hockey result's too.
    [InlineData("Sunday League: Red Lion 3-0 Hatfield.", "Sunday League, Red Lion three nil Hatfield.")]
    [InlineData("Red Lion 0-0 Hatfield at the park.", "Red Lion nil nil Hatfield at the park.")]
    [InlineData("Western Springs AFC 0 Melville Utd 2.", "Western Springs A F C nil Melville United two.")]
    [InlineData("Results: Ashvale 2 Kilbraith 0; Fenwick 1 Dunmere 1.", "Results, Ashvale two Kilbraith nil, Fenwick one Dunmere one.")]
    [InlineData("Women's hockey: Avon beat Severn 2-0.", "Women's hockey, Avon beat Severn two nil.")]
    // Goals and points: no goals is "nil", and a points count written "09" is "nine".
    [InlineData("Ballycorrig 0-12 Dohenys 1-09.", "Ballycorrig nil twelve Dohenys one nine.")]
    // A pair that is no result keeps its reading.
    [InlineData("Children aged 3-10 get in free.", "Children aged three to ten get in free.")]
    [InlineData("The vote passed 9-0 in committee.", "The vote passed nine to zero in committee.")]
    public void SaysNilInDayFirstResults(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.DayFirst));

    [Theory]
    // American copy keeps "zero" where no result is named; a points count's leading zero is never said.
    [InlineData("Red Lion 3-0 Hatfield.", "Red Lion three to zero Hatfield.")]
    [InlineData("Fenwick 0 Dunmere 1.", "Fenwick zero Dunmere one.")]
    [InlineData("Ballycorrig 0-12 Dohenys 1-09.", "Ballycorrig zero twelve Dohenys one nine.")]
    public void KeepsZeroOutsideDayFirstResults(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.MonthFirst));

    [Theory]
    // One side's goals and points that both sides have: "apiece", or an unequal pair where the sides are level.
    [InlineData("Kilbrack and Ardmoyle finished 1-9 apiece in the county final.", "Kilbrack and Ardmoyle finished one nine apiece in the county final.")]
    [InlineData("The sides were level at 0-7 at the break.", "The sides were level at zero seven at the break.")]
    [InlineData("The sides were level at 2-2 at the break.", "The sides were level at two all at the break.")]
    public void ReadsALevelGoalsAndPointsScore(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
