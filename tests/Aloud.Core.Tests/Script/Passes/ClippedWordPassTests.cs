using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class ClippedWordPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The hall seats max. 40 guests.", "The hall seats maximum forty guests.")]
    [InlineData("Min. age for entry is ten.", "Minimum age for entry is ten.")]
    [InlineData("The lot has an est. value of £900.", "The lot has an estimated value of nine hundred pounds.")]
    [InlineData("Open day, adm. free, tea served.", "Open day, admission free, tea served.")]
    [InlineData("Flat to let, £700 excl. bills.", "Flat to let, seven hundred pounds excluding bills.")]
    [InlineData("Kavita Rao, retd. Dy. Registrar, spoke first.", "Kavita Rao, retired Deputy Registrar, spoke first.")]
    [InlineData("Tours by appt only on weekdays.", "Tours by appointment only on weekdays.")]
    // A stop with a comma after it belongs to the word; "lge" is no English word, so it reads without one.
    [InlineData("Studio apt., quiet block, near bus.", "Studio apartment, quiet block, near bus.")]
    [InlineData("Sunny 2 bed flat, lge garden.", "Sunny two bed flat, large garden.")]
    [InlineData("Quote your card no. when you call.", "Quote your card number when you call.")]
    [InlineData("The bakery, est. in 1921, will close.", "The bakery, established in nineteen twenty-one, will close.")]
    public void Reads_a_clipped_word_whose_stop_cannot_end_the_sentence(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Entry is free. Doors open at noon.")]
    [InlineData("The walk takes 5 min. Bring water.")]
    public void Leaves_a_word_whose_stop_ends_the_sentence(string written) =>
        Assert.DoesNotContain("minimum", _normalizer.NormalizeToText(written), StringComparison.Ordinal);
}
