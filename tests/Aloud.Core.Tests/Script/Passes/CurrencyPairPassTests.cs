using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class CurrencyPairPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // An exchange rate's pair is said side by side, as dealers say it; the slash is not read.
    [InlineData("Euro/dollar 1.0842", "Euro dollar one point zero eight four two.")]
    [InlineData("sterling/dollar fell", "sterling dollar fell.")]
    [InlineData("EUR/USD rose", "euro dollar rose.")]
    [InlineData("USD/JPY slipped", "dollar yen slipped.")]
    // Not a pair of currencies: the slash stays, and an unknown code pair is left to the acronym reading.
    [InlineData("upgrade/update", "upgrade slash update.")]
    [InlineData("won/lost record", "won slash lost record.")]
    [InlineData("ABC/XYZ deal", "A B C X Y Z deal.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
