using Aloud.Script.Evaluation;

namespace Aloud.Tests.Script.Evaluation;

public class ConventionForgivenessTests
{
    private static string Key(string spoken) => ConventionForgiveness.Apply(SpokenCanonicalizer.Lenient(spoken));

    [Theory]
    [InlineData("the theatre centre", "the theater center")]
    [InlineData("a national organisation realised it", "a national organization realized it")]
    [InlineData("these colours and favoured flavours", "these colors and favored flavors")]
    [InlineData("the new programme in the synagogue", "the new program in the synagog")]
    [InlineData("two metres of fibre", "two meters of fiber")]
    [InlineData("They analysed the catalogues.", "They analyzed the catalogs.")]
    [InlineData("born on the thirtieth of September two thousand eight", "born on september thirtieth two thousand eight")]
    [InlineData("the twenty first of may", "may twenty first")]
    public void Spellings_and_date_orders_a_listener_cannot_tell_apart_compare_equal(string british, string american) =>
        Assert.Equal(Key(american), Key(british));

    [Theory]
    [InlineData("four", "for")]
    [InlineData("filled", "filed")]
    [InlineData("timbre", "timber")]
    [InlineData("your hour", "yor hor")]
    [InlineData("the thirtieth of september", "october thirtieth")]
    [InlineData("twenty five dollars", "twenty five pounds")]
    public void Different_words_stay_different(string one, string other) =>
        Assert.NotEqual(Key(one), Key(other));

    [Fact]
    public void The_evaluator_reports_the_forgiving_figure_apart_from_the_headline()
    {
        var cases = new[]
        {
            new NormalizationCase("sentence", "The centre opened.", "The center opened .", []),
            new NormalizationCase("sentence", "It opened on 2008-09-30.", "It opened on the thirtieth of september two thousand eight .", []),
            new NormalizationCase("sentence", "It cost $5.", "It cost five pounds .", []),
        };
        var score = NormalizationEvaluator.Evaluate(cases, text => text switch
        {
            "The centre opened." => "The centre opened.",
            "It opened on 2008-09-30." => "It opened on September thirtieth two thousand eight.",
            _ => "It cost five dollars.",
        });

        Assert.Equal(0, score.Micro);
        Assert.Equal(2.0 / 3, score.ForgivingConventions, 3);
        Assert.False(score.Scored[2].PassedForgivingConventions);
    }
}
