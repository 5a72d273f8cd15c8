using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CardinalPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // Long bare runs are identifiers, read digit by digit; grouped ones are quantities, up to the quintillions.
    [InlineData("The 49ers won.", "The forty-niners won.")]
    [InlineData("the 76ers game", "the seventy-sixers game.")]
    [InlineData("id 9876543210987654", "id nine eight seven six five four three two one zero nine eight seven six five four.")]
    [InlineData("1200000000000000 stars", "one quadrillion two hundred trillion stars.")]
    [InlineData("The tag read 4417302958816 on the scan.", "The tag read four four one seven three zero two nine five eight eight one six on the scan.")]
    [InlineData("a debt of 1,450,000,000,000 yen", "a debt of one trillion four hundred fifty billion yen.")]
    [InlineData("a budget of 312000000000 won", "a budget of three hundred twelve billion won.")]
    [InlineData("2,000,000,000,000,000,017 grains", "two quintillion seventeen grains.")]
    [InlineData("about 3,500,000,000,000,000,000", "about three quintillion five hundred quadrillion.")]
    // The last digits of a card or account.
    [InlineData("the account ending in 0412", "the account ending in zero four one two.")]
    [InlineData("a card that ends with 73", "a card that ends with seven three.")]
    // A code of letters and four or more digits.
    [InlineData("booking ref xk7281", "booking ref xk seven two eight one.")]
    [InlineData("The firm added 220K jobs.", "The firm added two hundred twenty thousand jobs.")]
    [InlineData("She ran a 10K in Boston.", "She ran a ten K in Boston.")]
    [InlineData("above the 140K economists had forecast", "above the one hundred forty thousand economists had forecast.")]
    [InlineData("She ran a 10K on Sunday.", "She ran a ten K on Sunday.")]
    [InlineData("He hit nine 180s in the final.", "He hit nine one hundred eighties in the final.")]
    [InlineData("a 9-15-10 season", "a nine, fifteen, ten season.")]
    // A race named by a place and its distance; the other end of a span of ending digits.
    [InlineData("She won the Riverton 10K in June.", "She won the Riverton ten K in June.")]
    [InlineData("It covers cars with VINs ending 30412 through 30977.", "It covers cars with V I N's ending three zero four one two through three zero nine seven seven.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
