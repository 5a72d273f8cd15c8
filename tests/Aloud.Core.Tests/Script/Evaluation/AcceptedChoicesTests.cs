using Aloud.Script.Evaluation;

namespace Aloud.Tests.Script.Evaluation;

public class AcceptedChoicesTests
{
    private const string Reference = "the ewes made four euro ten per kilogram and the lambs made six euro a head at the mart on monday";

    private static readonly string[] Accepted =
    [
        "the ewes made four euros ten per kilogram and the lambs made six euros a head at the mart on monday",
        "the ewes made four euro ten a kilogram and the lambs made six euro a head at the mart on monday",
    ];

    [Theory]
    [InlineData(Reference)]
    [InlineData("the ewes made four euros ten per kilogram and the lambs made six euros a head at the mart on monday")]
    [InlineData("the ewes made four euros ten a kilogram and the lambs made six euros a head at the mart on monday")]
    [InlineData("the ewes made four euros ten a kilogram and the lambs made six euro a head at the mart on monday")]
    public void A_reading_that_mixes_accepted_choices_passes(string said) =>
        Assert.True(AcceptedChoices.Matches(said, Reference, Accepted));

    [Theory]
    [InlineData("the ewes made four pounds ten per kilogram and the lambs made six euro a head at the mart on monday")]
    [InlineData("the ewes made four euros ten a kilogram and the lambs made six euros a head at the mart")]
    [InlineData("the ewes made four euros ten a kilogram and the lambs made six euros a head at the mart on monday today")]
    [InlineData("the ewes made forty euros ten a kilogram and the lambs made six euros a head at the mart on monday")]
    public void A_reading_with_a_change_no_row_accepts_fails(string said) =>
        Assert.False(AcceptedChoices.Matches(said, Reference, Accepted));

    [Fact]
    public void A_reordering_is_one_choice_and_is_never_taken_half()
    {
        const string reference = "the sale is on the twelfth of march at noon";
        string[] accepted = ["the sale is on march twelfth at noon"];
        Assert.True(AcceptedChoices.Matches("the sale is on march twelfth at noon", reference, accepted));
        Assert.False(AcceptedChoices.Matches("the sale is on march at noon", reference, accepted));
        Assert.False(AcceptedChoices.Matches("the sale is on the twelfth of march twelfth at noon", reference, accepted));
    }

    [Fact]
    public void The_evaluator_reports_the_mixed_figure_apart_from_the_headline()
    {
        var cases = new[] { new NormalizationCase("sentence", "written", Reference, Accepted) };
        var mixed = "the ewes made four euros ten a kilogram and the lambs made six euro a head at the mart on monday";
        var score = NormalizationEvaluator.Evaluate(cases, _ => mixed);
        Assert.Equal(0, score.Micro);
        Assert.Equal(1, score.CombiningAccepted);
    }
}
