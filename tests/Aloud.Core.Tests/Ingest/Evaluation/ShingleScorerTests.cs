using Aloud.Ingest.Evaluation;

namespace Aloud.Tests.Ingest.Evaluation;

public class ShingleScorerTests
{
    [Fact]
    public void Tokens_are_runs_of_word_characters_in_any_script()
    {
        Assert.Equal(["Grüße", "aus", "Köln", "snake_case", "42", "東京"], ShingleScorer.Tokenize("Grüße aus Köln — snake_case, 42! 東京"));
        Assert.Equal(["don", "t"], ShingleScorer.Tokenize("don't"));
    }

    [Fact]
    public void Identical_text_scores_one()
    {
        var match = ShingleScorer.Score("The ferry left the harbor at dawn today.", "The ferry left the harbor at dawn today.");
        Assert.Equal(1.0, match.Precision);
        Assert.Equal(1.0, match.Recall);
    }

    [Fact]
    public void Punctuation_and_whitespace_do_not_matter_but_case_does()
    {
        Assert.Equal(1.0, ShingleScorer.Score("one two, three four five", "one\ntwo three -- four five").Precision);
        Assert.Equal(0.0, ShingleScorer.Score("one two three four", "One two three four").Precision);
    }

    [Fact]
    public void Disjoint_text_scores_zero()
    {
        var match = ShingleScorer.Score("alpha beta gamma delta epsilon", "red green blue yellow orange");
        Assert.Equal(0.0, match.Precision);
        Assert.Equal(0.0, match.Recall);
    }

    [Fact]
    public void Partial_overlap_counts_shared_shingles()
    {
        // Truth a b c d e f: shingles abcd, bcde, cdef. Prediction a b c d e x y: abcd, bcde, cdex, dexy.
        // Two shared: precision 2/4, recall 2/3.
        var match = ShingleScorer.Score("a b c d e f", "a b c d e x y");
        Assert.Equal(0.5, match.Precision!.Value, 6);
        Assert.Equal(2.0 / 3, match.Recall!.Value, 6);
    }

    [Fact]
    public void Repeated_text_costs_precision()
    {
        // Shingles wxyz, xyzw, yzwx, zwxy, wxyz: the truth has wxyz once, so only one of the five is true.
        var match = ShingleScorer.Score("w x y z", "w x y z w x y z");
        Assert.Equal(1.0 / 5, match.Precision!.Value, 6);
        Assert.Equal(1.0, match.Recall);
    }

    [Fact]
    public void A_text_shorter_than_a_shingle_is_one_shingle()
    {
        Assert.Single(ShingleScorer.Shingles("just three words"));
        Assert.Equal(1.0, ShingleScorer.Score("just three words", "just three words").Precision);
        Assert.Equal(0.0, ShingleScorer.Score("just three words", "just three").Recall);
    }

    [Fact]
    public void Empty_prediction_has_no_precision_and_zero_recall()
    {
        var match = ShingleScorer.Score("some true text here", "");
        Assert.Null(match.Precision);
        Assert.Equal(0.0, match.Recall);
        Assert.Empty(ShingleScorer.Shingles(" -- "));
    }

    [Fact]
    public void Corpus_scores_average_pages_then_take_the_harmonic_mean()
    {
        var pages = new[]
        {
            new PageScore("a", "", ShingleScorer.Score("a b c d e f", "a b c d e x y")), // p 0.5, r 2/3
            new PageScore("b", "", ShingleScorer.Score("one two three four", "one two three four")), // p 1, r 1
            new PageScore("c", "", ShingleScorer.Score("lost text of page", "")), // p undefined, r 0
        };
        var result = new EvaluationResult(pages);
        Assert.Equal(0.75, result.Precision, 6);
        Assert.Equal((2.0 / 3 + 1) / 3, result.Recall, 6);
        Assert.Equal(2 * 0.75 * result.Recall / (0.75 + result.Recall), result.F1, 6);
    }
}
