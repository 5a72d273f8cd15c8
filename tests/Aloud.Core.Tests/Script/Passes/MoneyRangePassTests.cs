using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MoneyRangePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    // A range of whole amounts names its currency once, after the second end, with a price's rate after it.
    [InlineData("Weaners sold for $210-$265 a head.", "Weaners sold for two hundred ten to two hundred sixty-five dollars a head.")]
    [InlineData("The post pays €38,000-€44,500, closing Friday.", "The post pays thirty-eight thousand to forty-four thousand five hundred euros, closing Friday.")]
    [InlineData("Store lambs £92-£118/hd at the mart.", "Store lambs ninety-two to one hundred eighteen pounds a head at the mart.")]
    // A scale glued to both ends is said once too; amounts with cents, or ends of different scales, are the money pass's.
    [InlineData("It guided to $3.10-$3.25 a share.", "It guided to three dollars and ten cents to three dollars and twenty-five cents a share.")]
    [InlineData("Bids of $4m-$6m are expected.", "Bids of four to six million dollars are expected.")]
    [InlineData("A fee of $2m-$900k was floated.", "A fee of two million dollars to nine hundred thousand dollars was floated.")]
    // After an article and before a noun, an adjective.
    [InlineData("It is a $15-$20 meal.", "It is a fifteen to twenty dollar meal.")]
    // A falling pair is not a range.
    [InlineData("Prices fell $40-$30 over the week.", "Prices fell forty dollars to thirty dollars over the week.")]
    public void Reads(string written, string spoken) => Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
