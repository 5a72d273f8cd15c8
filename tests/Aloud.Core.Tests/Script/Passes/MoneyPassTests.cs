using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MoneyPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("a $4.5B deal", "a four point five billion dollars deal.")]
    [InlineData("a £7m fee", "a seven million pounds fee.")]
    [InlineData("It costs $0.35", "It costs thirty-five cents.")]
    [InlineData("only 45¢ more", "only forty-five cents more.")]
    [InlineData("paid US$12 million", "paid twelve million U S dollars.")]
    [InlineData("raised ₹900 crore", "raised nine hundred rupees crore.")]
    [InlineData("a ₩3 trillion plan", "a three trillion won plan.")]
    [InlineData("worth 250 EUR", "worth two hundred fifty euros.")]
    [InlineData("just $9/mo now", "just nine dollars per month now.")]
    [InlineData("a $2.5 fare", "a two dollars and fifty cents fare.")]
    [InlineData("¥40bn in loans", "forty billion yen in loans.")]
    [InlineData("sold for $ 450,000 .", "sold for four hundred fifty thousand dollars.")]
    [InlineData("a $3.000 price", "a three dollars price.")]
    [InlineData("a $4.1250 share", "a four point one two five dollars share.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
