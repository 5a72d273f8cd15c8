namespace Aloud.Ingest.Evaluation;

/// <summary>
/// Runs the article extractor over a corpus and scores each page's body against its truth with
/// <see cref="ShingleScorer"/>. A page the extractor rejects (no article text) scores as an empty prediction.
/// </summary>
public static class ExtractionEvaluator
{
    /// <summary>Extracts and scores every page, in the order given.</summary>
    public static EvaluationResult Evaluate(IEnumerable<EvaluationPage> pages, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pages);
        options ??= ExtractionOptions.Default;
        var scores = new List<PageScore>();
        foreach (var page in pages)
        {
            var prediction = Extract(page, options);
            scores.Add(new PageScore(page.Id, prediction, ShingleScorer.Score(page.Truth, prediction)));
        }
        return new EvaluationResult(scores);
    }

    /// <summary>The body the extractor finds, as <c>articleBody</c>: blocks joined by blank lines.</summary>
    public static string Extract(EvaluationPage page, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            return ArticleReader.Read(page.Html, "text/html", page.Url, options).BodyText;
        }
        catch (AloudInputException)
        {
            return ""; // "no article text" is a wrong answer to score, not a reason to stop the run
        }
    }
}
