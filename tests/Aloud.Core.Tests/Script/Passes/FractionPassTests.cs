using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class FractionPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Two shares of a hundred, and a police log's speed in a posted limit.
    [InlineData("He served with the 2/17th Battalion in Tobruk.", "He served with the second seventeenth Battalion in Tobruk.")]
    [InlineData("Only 1/4th of the land is farmed.", "Only one quarter of the land is farmed.")]
    [InlineData("The 50/50 raffle raised $800.", "The fifty-fifty raffle raised eight hundred dollars.")]
    [InlineData("It was a 70/30 split.", "It was a seventy-thirty split.")]
    [InlineData("Speeding, 71/60: a driver from Lorne was fined.", "Speeding, seventy-one in a sixty, a driver from Lorne was fined.")]
    [InlineData("The mare was sent off at 12/1 and won.", "The mare was sent off at twelve to one and won.")]
    [InlineData("Durham 301/6 dec beat Kent.", "Durham three hundred one for six declared beat Kent.")]
    [InlineData("The horse went off at 7/2 in the end.", "The horse went off at seven to two in the end.")]
    [InlineData("The app has a 8/10 rating in the store.", "The app has a eight out of ten rating in the store.")]
    [InlineData("Critics rated it 3/5 at launch.", "Critics rated it three out of five at launch.")]
    [InlineData("Quote crime number 0211 of 23/11 when calling.", "Quote crime number zero two one one of the twenty-third of November when calling.")]
    [InlineData("The levy rises in the 2027/28 tax year.", "The levy rises in the twenty twenty-seven twenty-eight tax year.")]
    [InlineData("Budgets for 2030/31 were set.", "Budgets for twenty thirty thirty-one were set.")]
    [InlineData("On lap 12/70 he pitted.", "On lap twelve of seventy he pitted.")]
    [InlineData("Stage 4/21 finishes uphill.", "Stage four of twenty-one finishes uphill.")]
    [InlineData("The Perth side chased down 6/188 with an over to spare in the cricket.", "The Perth side chased down six for one hundred eighty-eight with an over to spare in the cricket.")]
    [InlineData("Kenya 212/4 (38.3 ov) need 40 more.", "Kenya two hundred twelve for four, thirty-eight point three overs, need forty more.")]
    [InlineData("She ate 5/8 of it on day two.", "She ate five eighths of it on day two.")]
    [InlineData("the other 1/2 stayed", "the other half stayed.")]
    [InlineData("About 2/3rds of voters agreed.", "About two thirds of voters agreed.")]
    [InlineData("open 24/7 now", "open twenty-four seven now.")]
    [InlineData("about 3/4 of them", "about three quarters of them.")]
    [InlineData("about 1/4 of voters", "about one quarter of voters.")]
    [InlineData("3/4 of the budget", "three quarters of the budget.")]
    // A percent sign after a fraction belongs to the whole fraction.
    [InlineData("yields fell 1/8% today", "yields fell one eighth percent today.")]
    [InlineData("a 2 1/2 hour wait", "a two and a half hour wait.")]
    [InlineData("5 2/3 cups", "five and two thirds cups.")]
    [InlineData("a 7½ inch blade", "a seven and a half inch blade.")]
    [InlineData("6 1/2 lbs", "six and a half pounds.")]
    [InlineData("15/16 of an inch", "fifteen sixteenths of an inch.")]
    [InlineData("since 9/11", "since nine eleven.")]
    [InlineData("Her reading was 130/85 mm Hg.", "Her reading was one thirty over eighty-five millimeters of mercury.")]
    [InlineData("Rovers are 5/1 to win the league.", "Rovers are five to one to win the league.")]
    [InlineData("She is 8/13 to retain her title.", "She is eight to thirteen to retain her title.")]
    [InlineData("Talks resume on 5/1 to settle the strike.", "Talks resume on May first to settle the strike.")]
    [InlineData("The horse covered 1 1/8 miles.", "The horse covered one and an eighth miles.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A half before its own article: the article after it is the one said.
    [InlineData("Rates rose ½ a point.", "Rates rose half a point.")]
    [InlineData("Wait 1/2 an hour.", "Wait half an hour.")]
    [InlineData("Add 1/2 cup.", "Add a half cup.")]
    public void ReadsAHalfBeforeAnArticle(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A slash pair that is no fraction: a cricket total beside a word only cricket uses, a second blood-pressure
    // reading further from the word "pressure", a decimal score out of a total.
    [InlineData("The visitors were 187/4 after 30 overs.", "The visitors were one hundred eighty-seven for four after thirty overs.")]
    [InlineData("Hollins made 52 as they reached 241/10 in 48 overs.", "Hollins made fifty-two as they reached two hundred forty-one for ten in forty-eight overs.")]
    [InlineData("He ate 22/3 of the pie.", "He ate twenty-two thirds of the pie.")]
    [InlineData("His blood pressure fell from 162/101 in March to 131/84 by the summer.", "His blood pressure fell from one sixty-two over one hundred one in March to one thirty-one over eighty-four by the summer.")]
    [InlineData("The app is rated 4.5/5 by its users.", "The app is rated four point five out of five by its users.")]
    [InlineData("She finished on 7.5/11 in the open section.", "She finished on seven point five out of eleven in the open section.")]
    [InlineData("Cut the board 3/4 in. thick.", "Cut the board three quarters of an inch thick.")]
    [InlineData("Leave 1 1/2 in. of space.", "Leave one and a half inches of space.")]
    // Fractional odds in a sentence about racing; a margin and a fraction of the course stay fractions.
    [InlineData("The 9/2 favourite was pulled up.", "The nine to two favourite was pulled up.")]
    [InlineData("He won by 1 1/2 lengths at 15/8.", "He won by one and a half lengths at fifteen to eight.")]
    [InlineData("She ran 3/4 of the course before the favourite fell.", "She ran three quarters of the course before the favourite fell.")]
    // A dealer's bid and offer, the offer written with its last digits only.
    [InlineData("The ringgit opened at 4.4150/4200 against the dollar.", "The ringgit opened at four point four one five zero, four two zero zero against the dollar.")]
    [InlineData("Favourite Moonvale Lad was sent off at 5/2.", "Favourite Moonvale Lad was sent off at five to two.")]
    // The price a winner went off at, with no other word of racing in the line; a share "at" a figure keeps its fraction.
    [InlineData("Heat 4, 525 yards: Quiet Marla won in 29.31 at 7/2.", "Heat four, five hundred twenty-five yards, Quiet Marla won in twenty-nine point three one at seven to two.")]
    [InlineData("The winner, Rusty Fenn, was backed at 4/6.", "The winner, Rusty Fenn, was backed at four to six.")]
    [InlineData("The levy was set at 3/4 of the old rate.", "The levy was set at three quarters of the old rate.")]
    [InlineData("The hosts are 8/11 favourites with the bookmakers.", "The hosts are eight to eleven favourites with the bookmakers.")]
    [InlineData("Blue Fen (11/2) took the 2.40 at Ayr.", "Blue Fen, eleven to two, took the two forty at Ayr.")]
    [InlineData("Rathod finished with match figures of 9/87.", "Rathod finished with match figures of nine for eighty-seven.")]
    // A bowler's figures after a verb of bowling, with no other word of cricket; a share of something stays a fraction.
    [InlineData("Dellow finished with 5/41, a career best.", "Dellow finished with five for forty-one, a career best.")]
    [InlineData("Okafor took 3/112 on a flat deck.", "Okafor took three for one hundred twelve on a flat deck.")]
    [InlineData("The firm took 3/10 of the market.", "The firm took three tenths of the market.")]
    // A numbered results line: each runner's bracketed odds, with or without a racing word.
    [InlineData("1. Copper Lane (11/4), 2. Tidal Song (8/1), 3. Moss Bay (20/1).", "one Copper Lane, eleven to four, two Tidal Song, eight to one, three Moss Bay, twenty to one.")]
    [InlineData("The horse is 9/2 for the Cup.", "The horse is nine to two for the Cup.")]
    [InlineData("A healthy reading is around 120/80mmHg.", "A healthy reading is around one twenty over eighty millimeters of mercury.")]
    // A game named with a slashed pair no fraction is written over.
    [InlineData("Keno 8/57 draws are held nightly.", "Keno eight fifty-seven draws are held nightly.")]
    [InlineData("Players shared 3/40 of the pot.", "Players shared three fortieths of the pot.")]
    public void ReadsSlashPairsThatAreNotFractions(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Fact]
    public void Bracketed_pairs_after_names_outside_a_numbered_results_line_are_not_odds() =>
        Assert.DoesNotContain(" to ", _normalizer.NormalizeToText("The Open Day (12/5) and the Fun Run (13/5) are free."));

    [Theory]
    // A US listing's Eastern and Central hours.
    [InlineData("The finale airs at 10/9c on Sunday.", "The finale airs at ten, nine central on Sunday.")]
    [InlineData("It airs at 8/7c.", "It airs at eight, seven central.")]
    public void ReadsTelevisionListingTimes(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // An identifier that starts like a score (a DOI) is no score.
    [InlineData("DOI: 10.1007/978-3-319-09575-2")]
    [InlineData("See 10.1038/s41586 for details.")]
    public void LeavesIdentifiersThatLookLikeScores(string written) =>
        Assert.DoesNotContain("out of", _normalizer.NormalizeToText(written), StringComparison.Ordinal);

    [Theory]
    // A starting price with the favourite's mark joined to it.
    [InlineData("Winner: Red Rum 11/4f.", "Winner, Red Rum eleven to four favourite.")]
    [InlineData("Sea Bird 5/2jf was second.", "Sea Bird five to two joint favourite was second.")]
    public void ReadsAFavouritesPrice(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
