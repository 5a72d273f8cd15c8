using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MeasurePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("Totals of 2.5\" to 4\" are likely.", "Totals of two point five inches to four inches are likely.")]
    [InlineData("Levels above 200 mg/dL are high.", "Levels above two hundred milligrams per deciliter are high.")]
    [InlineData("The rock is 40-90 m wide.", "The rock is forty to ninety meters wide.")]
    [InlineData("CO2 hit 424 ppm.", "CO two hit four hundred twenty-four parts per million.")]
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
    [InlineData("a 400 km³ lake", "a four hundred cubic kilometers lake.")]
    [InlineData("5 in 10 voters", "five in ten voters.")]
    [InlineData("a wall (12 m) high", "a wall, twelve meters, high.")]
    [InlineData("3 m people", "three m people.")]
    [InlineData("a .3kg load", "a point three kilograms load.")]
    [InlineData("highs of 20-25 °C", "highs of twenty to twenty-five degrees Celsius.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
