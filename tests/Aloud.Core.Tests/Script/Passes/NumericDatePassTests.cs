using Aloud.Script;

namespace Aloud.Tests.Script.Passes;

public class NumericDatePassTests
{
    private readonly TextNormalizer _normalizer = new(EnglishNumberWords.Instance);

    [Theory]
    [InlineData("The helpline is open 24/7 all winter.", "The helpline is open twenty-four seven all winter.")]
    [InlineData("The colour of the centre is open 24/7.", "The colour of the centre is open twenty-four seven.")]
    [InlineData("Packs marked with a use-by date of 11/2026 are affected.", "Packs marked with a use-by date of November twenty twenty-six are affected.")]
    [InlineData("The match is on 4/7 this year.", "The match is on April seventh this year.")]
    public void Reads_slashed_pairs_that_are_not_day_and_month(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));

    [Theory]
    // A verb that moves an event brings in its new day with "to" or "for".
    [InlineData("The hearing was moved to 11/19 at the judge's request.", "The hearing was moved to November nineteenth at the judge's request.")]
    [InlineData("The vote has been pushed back to 2/24.", "The vote has been pushed back to February twenty-fourth.")]
    [InlineData("The recital is rescheduled for 6/13.", "The recital is rescheduled for June thirteenth.")]
    // Without such a verb a pair after "to" is left to the other passes.
    [InlineData("Support rose to 3/4 of members.", "Support rose to three quarters of members.")]
    public void Reads_a_month_and_day_an_event_is_moved_to(string written, string spoken) =>
        Assert.Equal(spoken, _normalizer.NormalizeToText(written));
}
