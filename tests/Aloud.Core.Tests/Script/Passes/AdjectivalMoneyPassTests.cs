using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class AdjectivalMoneyPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // An amount before the noun it describes takes a singular currency.
    [InlineData("Diesel sold for 3.1c below the city average.", "Diesel sold for three point one cents below the city average.")]
    [InlineData("They won a $4 million grant.", "They won a four million dollar grant.")]
    [InlineData("Fish fry 5-8 p.m. Fri. at the hall, $12 adults, $6 children.", "Fish fry five to eight p m Friday at the hall, twelve dollars adults, six dollars children.")]
    [InlineData("Buy the $25 seniors pass today.", "Buy the twenty-five dollar seniors pass today.")]
    // A participle opening its own phrase is no noun the amount describes.
    [InlineData("It cost more than the $12 billion estimated in 2020.", "It cost more than the twelve billion dollars estimated in twenty twenty.")]
    [InlineData("The $3 million allocated to parks is spent.", "The three million dollars allocated to parks is spent.")]
    // A verb after the amount makes it the subject of its clause, not an adjective.
    [InlineData("The board agreed that $40,000 be set aside.", "The board agreed that forty thousand dollars be set aside.")]
    [InlineData("The $12 million should cover repairs.", "The twelve million dollars should cover repairs.")]
    [InlineData("The £500 goes to the food bank.", "The five hundred pounds goes to the food bank.")]
    // A participle before its noun is still part of the described phrase.
    [InlineData("the $2 million expanded wing", "the two million dollar expanded wing.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
