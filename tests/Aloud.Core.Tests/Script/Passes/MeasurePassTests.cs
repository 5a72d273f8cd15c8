using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MeasurePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("She took the 1500m title again.", "She took the fifteen hundred meter title again.")]
    [InlineData("The cup is run over 2400m in spring.", "The cup is run over twenty-four hundred meters in spring.")]
    [InlineData("The 2m4f chase went to Red Kite, ridden by a claimer.", "The two miles four furlongs chase went to Red Kite, ridden by a claimer.")]
    [InlineData("At Kelso, the 2m 4f handicap chase went to Moorland Bay.", "At Kelso, the two miles four furlongs handicap chase went to Moorland Bay.")]
    [InlineData("Ashcombe 2.40: 1 Copper Gale 5-1 fav.", "Ashcombe two forty, one Copper Gale five to one favourite.")]
    [InlineData("Okoro finished a further 12.4sec back.", "Okoro finished a further twelve point four seconds back.")]
    [InlineData("Forecasters are forecasting 38C in the west.", "Forecasters are forecasting thirty-eight degrees Celsius in the west.")]
    [InlineData("The weather service forecast a maximum of 39C on Sunday.", "The weather service forecast a maximum of thirty-nine degrees Celsius on Sunday.")]
    [InlineData("The fire started in Flat 4C on the top floor.", "The fire started in Flat four C on the top floor.")]
    [InlineData("Ana Ruiz leads in 61h 4m 12s, with Lea Bock at 38s.", "Ana Ruiz leads in sixty-one hours four minutes twelve seconds, with Lea Bock at thirty-eight seconds.")]
    [InlineData("She won in 2m 51s.", "She won in two minutes fifty-one seconds.")]
    [InlineData("Staff seized 250 gm of gold.", "Staff seized two hundred fifty grams of gold.")]
    [InlineData("Fasting glucose was 6.1 mmol/L in the group.", "Fasting glucose was six point one millimoles per liter in the group.")]
    [InlineData("The hatch returns 61mpg on a run.", "The hatch returns sixty-one miles per gallon on a run.")]
    [InlineData("The scooter's 350W motor and its 480Wh pack.", "The scooter's three hundred fifty watt motor and its four hundred eighty watt hour pack.")]
    [InlineData("The memoir (412pp) is out.", "The memoir, four hundred twelve pages, is out.")]
    [InlineData("Support fell 2.5pp to 31% in the poll.", "Support fell two point five percentage points to thirty-one percent in the poll.")]
    [InlineData("The 1,850-sq-ft bungalow sold fast.", "The one thousand eight hundred fifty square foot bungalow sold fast.")]
    [InlineData("A 540m² section sold on Friday.", "A five hundred forty square meter section sold on Friday.")]
    [InlineData("The collider reached 6.8 TeV per beam.", "The collider reached six point eight tera electron volts per beam.")]
    [InlineData("The gas was held at 120 nK for a minute.", "The gas was held at one hundred twenty nanokelvin for a minute.")]
    [InlineData("Each pulse lasted 40 ns in the test.", "Each pulse lasted forty nanoseconds in the test.")]
    [InlineData("Limits are 10 µg/m³ for fine dust.", "Limits are ten micrograms per cubic meter for fine dust.")]
    [InlineData("a density of 5.5 g/cm³", "a density of five point five grams per cubic centimeter.")]
    [InlineData("The ferry takes 2 hrs 15 mins.", "The ferry takes two hours fifteen minutes.")]
    [InlineData("The clip has been viewed 12m times.", "The clip has been viewed twelve million times.")]
    [InlineData("The probe made a 300 million-km trip.", "The probe made a three hundred million kilometer trip.")]
    // A lowercase "c" glued to a price with its rate is cents; a capital C is left to the temperature readings.
    [InlineData("The interim dividend is 18c a share.", "The interim dividend is eighteen cents a share.")]
    // "the 47X," named alone is a route's code, not "times"; "10X faster" stays a multiple.
    [InlineData("The new route, the 47X, starts Monday.", "The new route, the forty-seven X, starts Monday.")]
    [InlineData("It runs 10X faster.", "It runs ten times faster.")]
    [InlineData("Readings hit 2.4 µSv/h at the fence.", "Readings hit two point four microsieverts per hour at the fence.")]
    [InlineData("a dose of 20 mSv", "a dose of twenty millisieverts.")]
    [InlineData("Snow depth: 87 in.", "Snow depth, eighty-seven inches.")]
    [InlineData("Rain totaled 31.42 in. (normal: 28.1 in.)", "Rain totaled thirty-one point four two inches, normal, twenty-eight point one inches.")]
    [InlineData("The trail is 1.0 mile long.", "The trail is one point zero miles long.")]
    [InlineData("It dropped 0.5 inch of rain.", "It dropped zero point five inches of rain.")]
    [InlineData("a 0.5 mile stretch", "a zero point five mile stretch.")]
    [InlineData("The river rose 0.8 ft overnight.", "The river rose zero point eight feet overnight.")]
    [InlineData("The 4x100m relay team won.", "The four by one hundred meter relay team won.")]
    [InlineData("She ran the 4x400m in May.", "She ran the four by four hundred meters in May.")]
    [InlineData("He had 11 reb and 7 ast in the win.", "He had eleven rebounds and seven assists in the win.")]
    [InlineData("She averaged 21.4 ppg last year.", "She averaged twenty-one point four points per game last year.")]
    [InlineData("Winds 5-10 kts today.", "Winds five to ten knots today.")]
    [InlineData("an 18kt gold ring", "an eighteen kt gold ring.")]
    [InlineData("a 15 kt device", "a fifteen kt device.")]
    [InlineData("Totals of 2.5\" to 4\" are likely.", "Totals of two point five inches to four inches are likely.")]
    [InlineData("Levels above 200 mg/dL are high.", "Levels above two hundred milligrams per deciliter are high.")]
    [InlineData("The rock is 40-90 m wide.", "The rock is forty to ninety meters wide.")]
    [InlineData("CO2 hit 424 ppm.", "C O two hit four hundred twenty-four parts per million.")]
    [InlineData("The line is 23 ft. 9 in. from the basket.", "The line is twenty-three feet nine inches from the basket.")]
    [InlineData("He is 6 ft. tall", "He is six feet tall.")]
    [InlineData("It is 5 ft in length.", "It is five feet in length.")]
    [InlineData("He's 6'2\" and lean.", "He's six foot two and lean.")]
    [InlineData("She is 5\u2032 11\u2033 tall.", "She is five foot eleven tall.")]
    [InlineData("a 6'0\" guard", "a six foot guard.")]
    [InlineData("He ran it in 9.58s flat.", "He ran it in nine point five eight seconds flat.")]
    [InlineData("in their 20s", "in their twenties.")]
    [InlineData("a 3.5h wait", "a three point five hour wait.")]
    [InlineData("open 24h a day", "open twenty-four hours a day.")]
    [InlineData("a 30-yr loan", "a thirty year loan.")]
    [InlineData("a 10-km race", "a ten kilometer race.")]
    [InlineData("about 10,000/year", "about ten thousand per year.")]
    [InlineData("Add 2 tsp of salt", "Add two teaspoons of salt.")]
    [InlineData("a 3-D film", "a three D film.")]
    [InlineData("a 20kg bag", "a twenty kilogram bag.")]
    [InlineData("It weighs 1 kg", "It weighs one kilogram.")]
    [InlineData("The board is 12\" wide.", "The board is twelve inches wide.")]
    [InlineData("a 1\" pipe", "a one inch pipe.")]
    [InlineData("She said \"buy 12\" and left.", "She said buy twelve and left.")]
    [InlineData("Drive 10 km/h slower", "Drive ten kilometers per hour slower.")]
    [InlineData("gusts of 65 mph", "gusts of sixty-five miles per hour.")]
    [InlineData("It hit 104°F on Monday", "It hit one hundred four degrees Fahrenheit on Monday.")]
    [InlineData("a 2,400 sq ft home", "a two thousand four hundred square foot home.")]
    [InlineData("a 64GB phone", "a sixty-four gigabyte phone.")]
    [InlineData("2.5 lbs of flour", "two point five pounds of flour.")]
    [InlineData("Shares rose 3.5x", "Shares rose three point five times.")]
    [InlineData("a 4x6 card", "a four by six card.")]
    [InlineData("a 3x4 m2 room", "a three by four square meters room.")]
    [InlineData("7 million km", "seven million kilometers.")]
    [InlineData("a 400 km³ lake", "a four hundred cubic kilometer lake.")]
    [InlineData("5 in 10 voters", "five in ten voters.")]
    [InlineData("a wall (12 m) high", "a wall, twelve meters, high.")]
    [InlineData("3 m people", "three m people.")]
    [InlineData("a .3kg load", "a point three kilograms load.")]
    [InlineData("highs of 20-25 °C", "highs of twenty to twenty-five degrees Celsius.")]
    [InlineData("41 people per km²", "forty-one people per square kilometer.")]
    [InlineData("30 homes per sq mi", "thirty homes per square mile.")]
    [InlineData("The county covers 1,140 sq mi of farmland.", "The county covers one thousand one hundred forty square miles of farmland.")]
    [InlineData("The apartment has 850 sq ft of living space.", "The apartment has eight hundred fifty square feet of living space.")]
    [InlineData("The cavern holds 600,000 cu ft of gas.", "The cavern holds six hundred thousand cubic feet of gas.")]
    [InlineData("Expect 1 to 3 in. of snow.", "Expect one to three inches of snow.")]
    [InlineData("The whale measured 14.2 m from nose to tail.", "The whale measured fourteen point two meters from nose to tail.")]
    [InlineData("The park added 40 ha of wetland.", "The park added forty hectares of wetland.")]
    [InlineData("The line carries 400 kV across the valley.", "The line carries four hundred kilovolts across the valley.")]
    [InlineData("He raised 3 m people.", "He raised three m people.")]
    [InlineData("The kit holds 250 µg of iodine.", "The kit holds two hundred fifty micrograms of iodine.")]
    [InlineData("Levels of 12 ng/mL were found.", "Levels of twelve nanograms per milliliter were found.")]
    [InlineData("Traffic noise hit 78 dB at the school.", "Traffic noise hit seventy-eight decibels at the school.")]
    [InlineData("Mars was 1.5 AU from the sun.", "Mars was one point five astronomical units from the sun.")]
    [InlineData("The heater draws 900 W and costs little.", "The heater draws nine hundred watts and costs little.")]
    [InlineData("The bulb uses 9 W, a fraction of the old one.", "The bulb uses nine watts, a fraction of the old one.")]
    [InlineData("She bought a 5.5-in. phone.", "She bought a five point five inch phone.")]
    [InlineData("Route 12X runs every hour.", "Route twelve X runs every hour.")]
    [InlineData("Sales grew 3x last year.", "Sales grew three times last year.")]
    [InlineData("Ravens lead with 61 pts.", "Ravens lead with sixty-one points.")]
    // An -s word with an object after it is a verb: the unit before it is counted, not a description.
    [InlineData("0-62mph takes 8.9 seconds.", "zero to sixty-two miles per hour takes eight point nine seconds.")]
    [InlineData("The 9mm rounds were found.", "The nine millimeter rounds were found.")]
    [InlineData("He was jailed for 2 yrs 6 mths.", "He was jailed for two years six months.")]
    [InlineData("a balloon that reached 97,000 ft before bursting", "a balloon that reached ninety-seven thousand feet before bursting.")]
    [InlineData("a 40m x 40m rink", "a forty meter by forty meter rink.")]
    [InlineData("7.42 million cases were waiting, down from a peak of 7.77m.", "seven point four two million cases were waiting, down from a peak of seven point seven seven million.")]
    [InlineData("The landslide buried a 300 m stretch of road.", "The landslide buried a three hundred meter stretch of road.")]
    [InlineData("Chepkoech won the 1,500m in 3:49.11.", "Chepkoech won the fifteen hundred meters in three minutes forty-nine point one one seconds.")]
    [InlineData("The trail climbs 1,100m over 14km.", "The trail climbs one thousand one hundred meters over fourteen kilometers.")]
    [InlineData("Prices will rise by 9.6c/kWh next year.", "Prices will rise by nine point six cents per kilowatt hour next year.")]
    [InlineData("Petrol averaged 174.3c a litre, down 6.1c.", "Petrol averaged one hundred seventy-four point three cents a litre, down six point one cents.")]
    [InlineData("Output cuts of 2.2 million bpd", "Output cuts of two point two million barrels per day.")]
    [InlineData("Horse racing: 2.45 Kempton — Golden Harrow won by 2 lengths.", "Horse racing, two forty-five Kempton, Golden Harrow won by two lengths.")]
    [InlineData("Earnings per share rose 12% to 486.3c.", "Earnings per share rose twelve percent to four hundred eighty-six point three cents.")]
    [InlineData("Blood pressure was 180/110 mmHg.", "Blood pressure was one eighty over one hundred ten millimeters of mercury.")]
    [InlineData("They found beetles in a 2 ha plot.", "They found beetles in a two hectare plot.")]
    [InlineData("The gelding carried 9st 4lb over 2m 4f on soft ground.", "The gelding carried nine stone four pounds over two miles four furlongs on soft ground.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // British copy glues "m" for million: what follows is counted (a unit's name, a plural noun, maybe after one
    // modifier). A length describes its noun behind a determiner, or stands before a preposition.
    [InlineData("Exports reached 3.1m barrels in May.", "Exports reached three point one million barrels in May.")]
    [InlineData("About 2m people voted.", "About two million people voted.")]
    [InlineData("Hackers stole 6.5m bank details.", "Hackers stole six point five million bank details.")]
    [InlineData("She won the 800m final.", "She won the eight hundred meter final.")]
    [InlineData("Huge 6m waves hit the pier.", "Huge six meter waves hit the pier.")]
    [InlineData("He holds the 100m and 200m titles.", "He holds the one hundred meters and two hundred meter titles.")]
    [InlineData("The wave was 9m high.", "The wave was nine meters high.")]
    [InlineData("He cleared 5.90m in the final.", "He cleared five point nine zero meters in the final.")]
    [InlineData("The hut sits 450 m above the lake.", "The hut sits four hundred fifty meters above the lake.")]
    [InlineData("The wreck lay 40 m beneath the surface.", "The wreck lay forty meters beneath the surface.")]
    public void ReadsGluedMillionOnlyBeforeWhatItCounts(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // "st" that a number cannot take as its ordinal is the stone; the ordinals themselves are untouched.
    [InlineData("She weighed 11st 2lb at the weigh-in.", "She weighed eleven stone two pounds at the weigh-in.")]
    [InlineData("He lost 3st in a year.", "He lost three stone in a year.")]
    [InlineData("the 31st and the 11th", "the thirty-first and the eleventh.")]
    public void ReadsStoneWhereTheSuffixIsNoOrdinal(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Unit abbreviations news uses in finance, health and physics, and an acceleration's squared second.
    [InlineData("Yields rose 12bp on the day.", "Yields rose twelve basis points on the day.")]
    [InlineData("Her pulse was 90 bpm at rest.", "Her pulse was ninety beats per minute at rest.")]
    [InlineData("The tyre holds 3 atm of pressure.", "The tyre holds three atmospheres of pressure.")]
    [InlineData("Take 400 IU daily.", "Take four hundred international units daily.")]
    [InlineData("It slowed at 4.2 m/s² on landing.", "It slowed at four point two meters per second squared on landing.")]
    [InlineData("Dust reached 35 µg/m² there.", "Dust reached thirty-five micrograms per square meter there.")]
    public void ReadsFinanceHealthAndPhysicsUnits(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Screen and image sizes in pairs, as people say them; small dimensions and sizes with a unit stay numbers.
    [InlineData("It records 1920x1080 video.", "It records nineteen twenty by ten eighty video.")]
    [InlineData("a 3840 x 2160 panel", "a thirty-eight forty by twenty-one sixty panel.")]
    [InlineData("at 1280x720 or 4000x3000", "at twelve eighty by seven twenty or four thousand by three thousand.")]
    [InlineData("a 2x4 board", "a two by four board.")]
    public void ReadsResolutionsInPairs(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A glued "m" counts behind a determiner too when a plural without a length follows, and a lone one beside a
    // counted one in the same sentence is a count as well.
    [InlineData("Half of the 3.2m voters stayed home.", "Half of the three point two million voters stayed home.")]
    [InlineData("The club sold 14m shirts this year, against 11m last year.", "The club sold fourteen million shirts this year, against eleven million last year.")]
    [InlineData("She won the 400m hurdles.", "She won the four hundred meter hurdles.")]
    [InlineData("He cleared 5.8m in the final.", "He cleared five point eight meters in the final.")]
    [InlineData("The 12m boats and the 3m walls.", "The twelve meter boats and the three meter walls.")]
    public void ReadsAGluedMAsMillionWhereItCounts(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // Unit abbreviations that are also words or letters, read where their context settles them.
    [InlineData("It lies 12 mi east of the border.", "It lies twelve miles east of the border.")]
    [InlineData("Winds gusting to 48 kt hit the pier.", "Winds gusting to forty-eight knots hit the pier.")]
    [InlineData("It was a 20 kt bomb.", "It was a twenty kt bomb.")]
    [InlineData("Each panel gives 400 W.", "Each panel gives four hundred watts.")]
    [InlineData("They met at 310 W. Grove Ave.", "They met at three ten West Grove Avenue.")]
    [InlineData("The lorry overturned near km 63 on the motorway.", "The lorry overturned near kilometer sixty-three on the motorway.")]
    [InlineData("The river rose 9 in. overnight.", "The river rose nine inches overnight.")]
    public void ReadsUnitsThatAreAlsoWordsInContext(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A glued C or F is a temperature in a sentence about one; a listing's room counts are rooms.
    [InlineData("Highs will reach 41C on Friday.", "Highs will reach forty-one degrees Celsius on Friday.")]
    [InlineData("He had a fever of 102F overnight.", "He had a fever of one hundred two degrees Fahrenheit overnight.")]
    [InlineData("She sat in 14C on the flight.", "She sat in fourteen C on the flight.")]
    [InlineData("The detector is cooled to minus 269C.", "The detector is cooled to minus two hundred sixty-nine degrees Celsius.")]
    [InlineData("The 3BR/2BA ranch sold fast.", "The three bedroom, two bathroom ranch sold fast.")]
    [InlineData("The flat has 2bd.", "The flat has two bedrooms.")]
    public void ReadsGluedTemperaturesAndListingRooms(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
