using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class MonthAbbreviationPassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The bishop will visit in Feb, his office said.", "The bishop will visit in February, his office said.")]
    [InlineData("Works run until Nov.", "Works run until November.")]
    [InlineData("Ute, WOF Mar, rego Nov, $6,500.", "Ute, W O F March, rego November, six thousand five hundred dollars.")]
    [InlineData("FOR SALE: 2014 Astra, MOT Jun, tax Aug.", "FOR SALE, twenty fourteen Astra, M O T June, tax August.")]
    // An undotted month before a trade's delivery word, or before an apostrophe year.
    [InlineData("Barley traded firmer for Sept shipment.", "Barley traded firmer for September shipment.")]
    [InlineData("Tested till Aug '29, one owner.", "Tested till August twenty-nine, one owner.")]
    [InlineData("Jan Berg signed the contract.", "Jan Berg signed the contract.")]
    [InlineData("She met Jan Novak in Prague.", "She met Jan Novak in Prague.")]
    [InlineData("The vote is in Jun, or later.", "The vote is in Jun, or later.")]
    public void Reads_an_undotted_month_after_a_word_of_time(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A dotted month alone after a word of time or of comparison.
    [InlineData("Visits rose 9% over Sept.", "Visits rose nine percent over September.")]
    [InlineData("Prices were higher than Oct., the agency said.", "Prices were higher than October, the agency said.")]
    [InlineData("It fell in Nov. again.", "It fell in November again.")]
    [InlineData("Cottage to let, two rooms, available Mar.", "Cottage to let, two rooms, available March.")]
    public void Reads_a_dotted_month_alone_after_a_word_of_time_or_comparison(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    [InlineData("Malting barley ex-farm Jan. is steady at $310/t.", "Malting barley ex-farm January is steady at three hundred ten dollars a tonne.")]
    [InlineData("Canola delivered Mar. was bid higher.", "Canola delivered March was bid higher.")]
    [InlineData("The Nov. meeting was cancelled.", "The November meeting was cancelled.")]
    public void ReadsADottedMonthAfterWhereAPriceIsQuoted(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
