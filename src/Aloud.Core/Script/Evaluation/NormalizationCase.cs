namespace Aloud.Script.Evaluation;

/// <summary>One written-to-spoken case; <see cref="Accepted"/> lists other readings that also pass.</summary>
public sealed record NormalizationCase(string Class, string Written, string Spoken, IReadOnlyList<string> Accepted, CaseAction Action = CaseAction.Score);

/// <summary>How a case counts: scored, skipped, or only checked for robustness (no crash, no digits left).</summary>
public enum CaseAction
{
    Score,
    Exclude,
    Robustness,
}
