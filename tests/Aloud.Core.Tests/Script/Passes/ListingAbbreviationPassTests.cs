using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ListingAbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A price's terms after the amount.
    [InlineData("Boat trailer, $1,200 OBO.", "Boat trailer, one thousand two hundred dollars or best offer.")]
    [InlineData("Seaside cottage, $640,000, neg.", "Seaside cottage, six hundred forty thousand dollars, negotiable.")]
    [InlineData("Found: border collie X kelpie, desexed female, near the river.", "Found, border collie cross kelpie, desexed female, near the river.")]
    [InlineData("Generation X voters turned out.", "Generation X voters turned out.")]
    [InlineData("Kitchen hand, pay DOE.", "Kitchen hand, pay depending on experience.")]
    [InlineData("Barn conversion, OIRO £410,000.", "Barn conversion, offers in the region of four hundred ten thousand pounds.")]
    [InlineData("The yard sold 930 hd of steers.", "The yard sold nine hundred thirty head of steers.")]
    [InlineData("The Yr 10 camp is full.", "The Year ten camp is full.")]
    [InlineData("Free-range eggs $5 a doz.", "Free-range eggs five dollars a dozen.")]
    [InlineData("Flat with 3 dbl bdrms to let.", "Flat with three double bedrooms to let.")]
    // "adj." and "min." before a number, their stop not ending the sentence.
    [InlineData("Garage adj. 7 Mill Lane to let.", "Garage adjacent to seven Mill Lane to let.")]
    [InlineData("Caravan hire, min. 3 nights.", "Caravan hire, minimum three nights.")]
    [InlineData("Cottage, R1.9m neg., near the dam.", "Cottage, one point nine million rand negotiable, near the dam.")]
    [InlineData("Room to let, $180 pw, bills incl.", "Room to let, one hundred eighty dollars per week, bills incl.")]
    [InlineData("Studio flat, R4,800 p.m. incl. electricity.", "Studio flat, four thousand eight hundred rand per month including electricity.")]
    [InlineData("Yard hand wanted, $26/hr. DOE, start Monday.", "Yard hand wanted, twenty-six dollars an hour depending on experience, start Monday.")]
    [InlineData("Milker wanted, $29.00 p/h, housing supplied.", "Milker wanted, twenty-nine dollars per hour, housing supplied.")]
    [InlineData("Straw bales $9 ea. from the shed.", "Straw bales nine dollars each from the shed.")]
    [InlineData("Entry $10, conc. $6.", "Entry ten dollars, concession six dollars.")]
    // "DOE" is only a pay's term; elsewhere it is the department.
    [InlineData("The DOE said the plant would close.", "The D O E said the plant would close.")]
    [InlineData("Body corporate R2,100 p/m, asking R2.2m.", "Body corporate two thousand one hundred rand per month, asking two point two million rand.")]
    [InlineData("Kitchen hand, 20 hrs p/w, £11.50 per hour.", "Kitchen hand, twenty hours per week, eleven pounds fifty per hour.")]
    public void Reads_a_price_s_terms(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Labels before their number or code, and a count's unit after it.
    [InlineData("Ballymore 2 Kilcross 1, att. 430.", "Ballymore two Kilcross one, attendance four hundred thirty.")]
    [InlineData("Part Lot 7, Conc. 12, in the township.", "Part Lot seven, Concession twelve, in the township.")]
    [InlineData("Stolen: silver ute, reg. KXT219, from the yard.", "Stolen, silver ute, registration K X T two one nine, from the yard.")]
    [InlineData("Plumbers, Lic. No. 3381, call today.", "Plumbers, License number thirty-three eighty-one, call today.")]
    [InlineData("Hillside Tavern 9, Oddfellows 8 (10 inn.).", "Hillside Tavern nine, Oddfellows eight, ten innings.")]
    [InlineData("Netball, women's div. 2: Harbour 31 Valley 28.", "Netball, women's division two, Harbour thirty-one Valley twenty-eight.")]
    [InlineData("For the key, txt 021 448 5590.", "For the key, text zero two one, four four eight, five five nine zero.")]
    [InlineData("Flat 2, avail. now.", "Flat two, available now.")]
    [InlineData("Weaners, avg. 240 kg, sold well.", "Weaners, average two hundred forty kilograms, sold well.")]
    [InlineData("Turn at Conc. Rd. 4 for the farm.", "Turn at Concession Road four for the farm.")]
    // A label's stop before a code of capitals does not end the sentence.
    [InlineData("Two paddocks and a shed; ref. KTR5521.", "Two paddocks and a shed, reference K T R five five two one.")]
    public void Reads_labels_of_notices(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Rooms glued to their count or after it; a listing's apartment.
    [InlineData("Sunny 3br house near the school.", "Sunny three bedroom house near the school.")]
    [InlineData("A 4-bdrm villa with a pool.", "A four-bedroom villa with a pool.")]
    [InlineData("Townhouse, 3 bdrm., garage.", "Townhouse, three bedrooms, garage.")]
    [InlineData("For rent: 1BR apt., heat included.", "For rent, one bedroom apartment, heat included.")]
    [InlineData("Bungalow, 2 BR, 1 BA, fenced yard.", "Bungalow, two bedrooms, one bathroom, fenced yard.")]
    // "bed" is said as written, a hospital's beds included.
    [InlineData("A new 30-bed ward opens.", "A new thirty bed ward opens.")]
    [InlineData("Auction of a 4 brm weatherboard home.", "Auction of a four bedroom weatherboard home.")]
    public void Reads_rooms(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Letters to the family, c/- PO Box 77.", "Letters to the family, care of P O Box seventy-seven.")]
    [InlineData("Burial follows at Pine Hill, Hwy. 12 W.", "Burial follows at Pine Hill, Highway twelve West.")]
    [InlineData("The detour uses Route 30 E until May.", "The detour uses Route thirty East until May.")]
    [InlineData("Forty acres m/l of pasture.", "Forty acres more or less of pasture.")]
    [InlineData("Basement with W/D hookup.", "Basement with washer and dryer hookup.")]
    [InlineData("Ewes, Romney x Texel, for sale.", "Ewes, Romney cross Texel, for sale.")]
    [InlineData("Pup, Collie x, black.", "Pup, Collie cross, black.")]
    [InlineData("It lies in the NW 1/4 of Sec. 8, T31N, R12E.", "It lies in the northwest one quarter of Section eight, Township thirty-one North, Range twelve East.")]
    // A lone code stays a code.
    [InlineData("The T31N model ships soon.", "The T thirty-one N model ships soon.")]
    [InlineData("Wilkes Ltd. (Pty) Ltd.", "Wilkes Limited, Proprietary, Limited.")]
    [InlineData("A 30 ft. x 40 ft. shed.", "A thirty feet by forty feet shed.")]
    [InlineData("Ten Hereford x store heifers, 12 months.", "Ten Hereford cross store heifers, twelve months.")]
    [InlineData("Proposal: construction of 3no. houses on the site.", "Proposal, construction of three houses on the site.")]
    [InlineData("Clerk wanted, B.Com, 2 yrs exp. needed.", "Clerk wanted, B Com, two years experience needed.")]
    [InlineData("Sunil Rao, s/o Shri M. Rao, of Pune.", "Sunil Rao, son of Shri M Rao, of Pune.")]
    [InlineData("Two houses on land adj. 9 Mill Lane.", "Two houses on land adjacent to nine Mill Lane.")]
    [InlineData("Brick home, dbl carport, big yard.", "Brick home, double carport, big yard.")]
    [InlineData("Beach house, min. 3 nights.", "Beach house, minimum three nights.")]
    [InlineData("Baler, 2005, 1,400 engine hrs, shedded.", "Baler, two thousand five, one thousand four hundred engine hours, shedded.")]
    public void Reads_listing_shorthand(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A results line's verb between two names, where the score is given.
    [InlineData("Squash: Halden d Rooke 3-1.", "Squash, Halden defeated Rooke three to one.")]
    [InlineData("Singles: T. Mabry def J. Orsk 6-2 6-4.", "Singles, T Mabry defeated J Orsk six two six four.")]
    [InlineData("At 132, Eli Voss (Dunmore) dec. Cole Hart (Avon), 7-3.", "At one hundred thirty-two, Eli Voss, Dunmore, decisioned Cole Hart, Avon, seven to three.")]
    [InlineData("Netball: the Rovers B grade def. Eastside 38-30.", "Netball, the Rovers B grade defeated Eastside thirty-eight to thirty.")]
    public void Reads_results_verbs(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
