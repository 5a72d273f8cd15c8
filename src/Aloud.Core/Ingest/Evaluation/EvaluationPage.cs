namespace Aloud.Ingest.Evaluation;

/// <summary>One page of an extraction corpus: its HTML bytes and the article body a person marked as true.</summary>
/// <param name="Id">The page's name in its corpus (a file stem or a folder name).</param>
/// <param name="Html">The page as fetched.</param>
/// <param name="Truth">The true article body as plain text.</param>
/// <param name="Url">Where the page came from, when the corpus says.</param>
public sealed record EvaluationPage(string Id, byte[] Html, string Truth, Uri? Url);

/// <summary>How one page scored: the extracted body and its shingle match with the truth.</summary>
public sealed record PageScore(string Id, string Prediction, ShingleMatch Match)
{
    /// <summary>The page's own F1 (0 when nothing true was found), for ranking the worst pages.</summary>
    public double F1
    {
        get
        {
            var p = Match.Precision ?? 0;
            var r = Match.Recall ?? 0;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>
/// A corpus's result as the benchmark reports it: precision and recall each averaged over the pages where
/// they are defined, and F1 the harmonic mean of those two averages.
/// </summary>
public sealed record EvaluationResult(IReadOnlyList<PageScore> Pages)
{
    /// <summary>Mean precision over pages with a non-empty prediction.</summary>
    public double Precision => Mean(Pages.Select(p => p.Match.Precision));

    /// <summary>Mean recall over pages with a non-empty truth.</summary>
    public double Recall => Mean(Pages.Select(p => p.Match.Recall));

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Mean(IEnumerable<double?> values)
    {
        var defined = values.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        return defined.Count == 0 ? 0 : defined.Average();
    }
}
