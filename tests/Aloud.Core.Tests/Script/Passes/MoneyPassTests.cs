using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MoneyPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("A fine of R500 was imposed.", "A fine of five hundred rand was imposed.")]
    [InlineData("A stretch of N12 was closed.", "A stretch of N twelve was closed.")]
    [InlineData("The state will spend $A2.1 billion on rail.", "The state will spend two point one billion Australian dollars on rail.")]
    [InlineData("The cedi traded at GH¢12.40 on Friday.", "The cedi traded at twelve cedis and forty pesewas on Friday.")]
    [InlineData("Diesel rose by Rs4.15 to Rs270.20 a litre.", "Diesel rose by four rupees and fifteen paise to two hundred seventy rupees and twenty paise a litre.")]
    [InlineData("The debt fell by Rs250bn last year.", "The debt fell by two hundred fifty billion rupees last year.")]
    [InlineData("Day passes start at R450 each.", "Day passes start at four hundred fifty rand each.")]
    [InlineData("Take the R61 towards the coast.", "Take the R sixty-one towards the coast.")]
    [InlineData("Thieves took Rs 2,40,000 from the shop.", "Thieves took two lakh forty thousand rupees from the shop.")]
    [InlineData("The fund will borrow R120 billion next year.", "The fund will borrow one hundred twenty billion rand next year.")]
    [InlineData("The ward was given Sh4.5 million for drugs.", "The ward was given four point five million shillings for drugs.")]
    [InlineData("Fares rose by KSh50 to KSh1,250 a trip.", "Fares rose by fifty shillings to one thousand two hundred fifty shillings a trip.")]
    [InlineData("It adds Sh3 to a Sh2,000 transfer.", "It adds three shillings to a two thousand shilling transfer.")]
    [InlineData("A return ticket now costs \u00A34.65 off-peak.", "A return ticket now costs four pounds sixty-five off-peak.")]
    [InlineData("The fee rises to \u20AC7.45 in May.", "The fee rises to seven euros forty-five in May.")]
    [InlineData("Sterling bought \u20AC1.1590 at the close.", "Sterling bought one point one five nine zero euros at the close.")]
    [InlineData("A stamp now costs \u00A32.05.", "A stamp now costs two pounds and five pence.")]
    [InlineData("Shares in the grocer closed at \u20AC12.40.", "Shares in the grocer closed at twelve euros and forty cents.")]
    [InlineData("A refill costs \u00A30.45 now.", "A refill costs forty-five pence now.")]
    [InlineData("The toll is $4.75 each way.", "The toll is four dollars and seventy-five cents each way.")]
    [InlineData("The dollar fetched \u00A5149.85 today.", "The dollar fetched one hundred forty-nine point eight five yen today.")]
    [InlineData("The scheme will cost \u20B91.5 lakh crore.", "The scheme will cost one point five lakh crore rupees.")]
    [InlineData("He signed a 5-year, $200 million deal.", "He signed a five year, two hundred million dollar deal.")]
    [InlineData("A long, $5 million fight and, $5 million later, peace.", "A long, five million dollar fight and, five million dollars later, peace.")]
    [InlineData("a $3.5-trillion plan", "a three point five trillion dollar plan.")]
    [InlineData("Rs 500 crore was spent.", "five hundred crore rupees was spent.")]
    [InlineData("It costs BRL 40.", "It costs forty Brazilian reais.")]
    [InlineData("It costs \u20AC29.99/month.", "It costs twenty-nine euros ninety-nine a month.")]
    [InlineData("Tickets are $5/person.", "Tickets are five dollars a person.")]
    [InlineData("Gas was $3.15/gal. on Monday.", "Gas was three dollars and fifteen cents a gallon on Monday.")]
    [InlineData("a $4.5B deal", "a four point five billion dollar deal.")]
    [InlineData("an $18,000 car", "an eighteen thousand dollar car.")]
    [InlineData("a $5 or $10 fee", "a five dollar or ten dollar fee.")]
    [InlineData("It fell to Y10,000 today.", "It fell to ten thousand yen today.")]
    [InlineData("It fell to Y1.25 today.", "It fell to one point two five yen today.")]
    [InlineData("It fell to Y1.2345 today.", "It fell to one point two three four five yen today.")]
    [InlineData("It fell to Y10,000, then rose.", "It fell to ten thousand yen, then rose.")]
    [InlineData("Sink Y10 on the grid.", "Sink Y ten on the grid.")]
    [InlineData("a fee of \\2,500 each", "a fee of two thousand five hundred yen each.")]
    [InlineData("A £2m bonus", "A two million pound bonus.")]
    [InlineData("the $300 fine", "the three hundred dollar fine.")]
    [InlineData("spent the $40 they raised", "spent the forty dollars they raised.")]
    [InlineData("a £7m fee", "a seven million pound fee.")]
    [InlineData("It costs $0.35", "It costs thirty-five cents.")]
    [InlineData("only 45¢ more", "only forty-five cents more.")]
    [InlineData("paid US$12 million", "paid twelve million U S dollars.")]
    [InlineData("raised ₹900 crore", "raised nine hundred crore rupees.")]
    [InlineData("a ₩3 trillion plan", "a three trillion won plan.")]
    [InlineData("worth 250 EUR", "worth two hundred fifty euros.")]
    [InlineData("just $9/mo now", "just nine dollars a month now.")]
    [InlineData("Pay rose to $18.25/hr. in May.", "Pay rose to eighteen dollars and twenty-five cents an hour in May.")]
    [InlineData("Rooms cost £95/night.", "Rooms cost ninety-five pounds a night.")]
    [InlineData("a $2.5 fare", "a two dollars and fifty cents fare.")]
    [InlineData("¥40bn in loans", "forty billion yen in loans.")]
    [InlineData("sold for $ 450,000 .", "sold for four hundred fifty thousand dollars.")]
    [InlineData("a $3.000 price", "a three dollar price.")]
    [InlineData("a $4.1250 share", "a four point one two five zero dollar share.")]
    [InlineData("Town Wins $2M Grant for Pier", "Town Wins two million dollar Grant for Pier.")]
    [InlineData("Firm Raises $40M From Backers", "Firm Raises forty million dollars From Backers.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Money as an adjective also after one adjective of its own, and before a named noun ("Series B round").
    [InlineData("They signed him for a record £60m fee.", "They signed him for a record sixty million pound fee.")]
    [InlineData("It faces an estimated $30 million bill.", "It faces an estimated thirty million dollar bill.")]
    [InlineData("The firm closed a $40 million Series B round.", "The firm closed a forty million dollar Series B round.")]
    [InlineData("She got a $50 Amazon voucher.", "She got a fifty dollar Amazon voucher.")]
    [InlineData("He paid a $5 million to Ortega.", "He paid a five million dollars to Ortega.")]
    [InlineData("They fined the bank €2.5bn last week.", "They fined the bank two point five billion euros last week.")]
    [InlineData("beating the $5.71 billion analysts had expected", "beating the five point seven one billion dollars analysts had expected.")]
    [InlineData("iron ore averaged US$98/t last year", "iron ore averaged ninety-eight U S dollars a tonne last year.")]
    [InlineData("The agency's $1.9 billion light-rail extension opens.", "The agency's one point nine billion dollar light-rail extension opens.")]
    [InlineData("The state approved a N890bn budget.", "The state approved an eight hundred ninety billion naira budget.")]
    [InlineData("Revenue rose to N2.7trn in 9M 2026.", "Revenue rose to two point seven trillion naira in the nine months of twenty twenty-six.")]
    [InlineData("Profit rose to RM512.6mil.", "Profit rose to five hundred twelve point six million ringgit.")]
    public void ReadsAdjectivalMoneyAfterAnAdjectiveOrBeforeANamedNoun(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Rand and naira written with a capital letter glued to the amount: money only in the shapes a road or a
    // grid square never has (a thousands group, cents, a glued scale).
    [InlineData("Diesel went up by R2.35 a litre.", "Diesel went up by two rand and thirty-five cents a litre.")]
    [InlineData("The club was fined R120,000 in total.", "The club was fined one hundred twenty thousand rand in total.")]
    [InlineData("Fares rose to N1,250,000 for the charter.", "Fares rose to one million two hundred fifty thousand naira for the charter.")]
    [InlineData("a N3.8bn contract", "a three point eight billion naira contract.")]
    [InlineData("The currency slid to R19.02/$ by noon.", "The currency slid to nineteen point zero two rand to the dollar by noon.")]
    [InlineData("Take the R61 and then the N2 south.", "Take the R sixty-one and then the N two south.")]
    [InlineData("Cell Y12 of the sheet.", "Cell Y twelve of the sheet.")]
    [InlineData("The state allocated RM120 million for flood works.", "The state allocated one hundred twenty million ringgit for flood works.")]
    [InlineData("Petrol stays at RM2.05 per litre.", "Petrol stays at two ringgit and five sen per litre.")]
    [InlineData("A coffee costs Rp15,000 in Bandung.", "A coffee costs fifteen thousand rupiah in Bandung.")]
    public void ReadsACurrencyLetterGluedToAnAmount(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Signs of currencies beyond the big five were dropped, and the amount lost its currency.
    [InlineData("Tickets cost ₦5,000 at the gate.", "Tickets cost five thousand naira at the gate.")]
    [InlineData("a ₱450 fare", "a four hundred fifty peso fare.")]
    [InlineData("It closed at ₱56.75.", "It closed at fifty-six pesos and seventy-five centavos.")]
    [InlineData("a ₺2.1-billion deal", "a two point one billion lira deal.")]
    [InlineData("He owed ₪900.", "He owed nine hundred shekels.")]
    [InlineData("It sold for ₿0.75 last week.", "It sold for zero point seven five bitcoin last week.")]
    [InlineData("Fares rose to ₨250 in Farrukhpur.", "Fares rose to two hundred fifty rupees in Farrukhpur.")]
    [InlineData("A room costs ₸18,000 a night.", "A room costs eighteen thousand tenge a night.")]
    public void ReadsTheSignsOfOtherCurrencies(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
