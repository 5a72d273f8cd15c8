using Aloud.Script.Dialect;

namespace Aloud.Tests.Script.Dialect;

public class DateOrderCuesTests
{
    [Theory]
    [InlineData("en-GB", DateOrder.DayFirst)]
    [InlineData("en-IE", DateOrder.DayFirst)]
    [InlineData("en_AU", DateOrder.DayFirst)]
    [InlineData("en-IN", DateOrder.DayFirst)]
    [InlineData("en-US", DateOrder.MonthFirst)]
    [InlineData("en-PH", DateOrder.MonthFirst)]
    [InlineData("fr", DateOrder.DayFirst)]
    [InlineData("es-US", DateOrder.MonthFirst)]
    public void A_language_tag_with_a_region_or_another_language_declares_the_order(string language, DateOrder expected)
    {
        // The text leans the other way: the tag wins.
        var leaning = expected == DateOrder.DayFirst ? "The color of the center." : "The colour of the centre.";
        Assert.Equal(expected, DateOrderCues.Detect(leaning, language));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-CA")]
    [InlineData(null)]
    [InlineData("")]
    public void English_without_a_region_or_from_Canada_says_nothing(string? language) =>
        Assert.Null(DateOrderCues.FromLanguage(language));

    [Fact]
    public void Without_any_cue_the_order_stays_month_first() =>
        Assert.Equal(DateOrder.MonthFirst, DateOrderCues.Detect("The hearing on 12/03/2025 was adjourned.", "en"));

    [Theory]
    [InlineData("The lease ran from 25/03/2024; the hearing is on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("The lease ran from 03/25/2024; the hearing is on 04/05/2025.", DateOrder.MonthFirst)]
    [InlineData("Signed 31.01.2025, paid 02.03.2025.", DateOrder.DayFirst)]
    public void The_documents_own_unambiguous_dates_decide(string text, DateOrder expected) =>
        Assert.Equal(expected, DateOrderCues.Detect(text));

    [Theory]
    [InlineData("The new leisure centre opens on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("Tickets cost £12 for the show on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("Fares rise by €2 from 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("The council organised a vote on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("The new rec center opens on 04/05/2025.", DateOrder.MonthFirst)]
    [InlineData("The council organized a vote on 04/05/2025.", DateOrder.MonthFirst)]
    // A telephone number with its trunk zero is written outside North America.
    [InlineData("Found near the hall on 04/05; ph 0412 555 019.", DateOrder.DayFirst)]
    [InlineData("Found near the hall on 04/05; call 412-555-0190.", DateOrder.MonthFirst)]
    // A date written with dots, and the words of Indian copy, lean day first.
    [InlineData("The depot stays shut on 3.11.2026 for repairs.", DateOrder.DayFirst)]
    [InlineData("The hall cost 2 crore and opens on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("Smt. Kavya Raman will open it on 04/05/2025.", DateOrder.DayFirst)]
    [InlineData("The app moved to version 2.6.32 on 04/05/2025.", DateOrder.MonthFirst)]
    public void Spellings_and_currency_signs_lean_one_way(string text, DateOrder expected) =>
        Assert.Equal(expected, DateOrderCues.Detect(text));

    [Fact]
    public void An_unambiguous_date_outweighs_a_spelling()
    {
        // One American spelling against one day-first date: the date is the stronger evidence.
        Assert.Equal(DateOrder.DayFirst, DateOrderCues.Detect("The center reopened on 25/03/2025 and again on 04/05/2025."));
    }

    [Theory]
    [InlineData("Her honorary degree was a humorous, vigorous affair on 04/05/2025.")]
    [InlineData("Parking meter fees and the Labor Party program changed on 04/05/2025.")]
    public void Words_both_sides_write_say_nothing(string text) =>
        Assert.Equal(DateOrder.MonthFirst, DateOrderCues.Detect(text));

    [Fact]
    public void A_huge_text_is_read_in_one_pass()
    {
        var text = string.Concat(Enumerable.Repeat("The centre opened on 12/03/2025. ", 20_000));
        Assert.Equal(DateOrder.DayFirst, DateOrderCues.Detect(text));
    }
}
