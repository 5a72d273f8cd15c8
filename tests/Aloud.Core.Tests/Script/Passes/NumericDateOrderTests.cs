using Aloud.Script;
using Aloud.Script.Dialect;

namespace Aloud.Tests.Script.Passes;

/// <summary>The document's date order reads the numeric dates that could go either way, and only those.</summary>
public class NumericDateOrderTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The hearing on 12/03/2025 was adjourned.", "The hearing on the twelfth of March twenty twenty-five was adjourned.")]
    [InlineData("Filed 04-05-2024 online.", "Filed the fourth of May twenty twenty-four online.")]
    [InlineData("Signed 01.10.2010 in Bern.", "Signed the first of October twenty ten in Bern.")]
    // One number over twelve shows the order whatever the document's.
    [InlineData("Paid on 03/25/2025.", "Paid on March twenty-fifth twenty twenty-five.")]
    [InlineData("Paid on 25/03/2025.", "Paid on the twenty-fifth of March twenty twenty-five.")]
    // A day and month without a year after a word that introduces a date.
    [InlineData("Payment is due on 5/11.", "Payment is due on the fifth of November.")]
    // Year first is ISO order in every dialect; "9/11" stays the event.
    [InlineData("Dated 2025-03-04 in the file.", "Dated March fourth twenty twenty-five in the file.")]
    [InlineData("After 9/11 the rules changed.", "After nine eleven the rules changed.")]
    // A fraction is not a date in either order.
    [InlineData("About 3/4 of voters agreed.", "About three quarters of voters agreed.")]
    public void Day_first_documents_read_ambiguous_dates_day_first(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.DayFirst));

    [Theory]
    [InlineData("The hearing on 12/03/2025 was adjourned.", "The hearing on December third twenty twenty-five was adjourned.")]
    [InlineData("Payment is due on 5/11.", "Payment is due on May eleventh.")]
    [InlineData("Paid on 25/03/2025.", "Paid on the twenty-fifth of March twenty twenty-five.")]
    public void Month_first_documents_keep_the_American_order(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeLine(written, DateOrder.MonthFirst));

    [Fact]
    public void A_line_without_an_order_follows_its_own_cues()
    {
        Assert.Equal("Fined three hundred pounds on the fourth of May twenty twenty-four.", _normalizer.NormalizeLine("Fined £300 on 04/05/2024."));
        Assert.Equal("Fined three hundred dollars on April fifth twenty twenty-four.", _normalizer.NormalizeLine("Fined $300 on 04/05/2024."));
    }

    [Fact]
    public void A_line_with_a_dotted_date_reads_it_day_first()
    {
        // American copy writes dates with slashes: dots are a day-first writer's, and so are "lakh" and "crore".
        Assert.Equal("The depot stays shut on the third of November twenty twenty-six for repairs.", _normalizer.NormalizeLine("The depot stays shut on 3.11.2026 for repairs."));
        Assert.Equal("A two lakh rupee grant was paid on the fourth of May twenty twenty-four.", _normalizer.NormalizeLine("A 2 lakh rupee grant was paid on 04/05/2024."));
    }
}
