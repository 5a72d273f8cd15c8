namespace Aloud.Script.Evaluation;

/// <summary>The outcome of one case.</summary>
public sealed record CaseOutcome(NormalizationCase Case, string Hypothesis, bool Passed, bool StrictPassed, bool Unrecoverable, string? Crash)
{
    /// <summary>Passed, or passes once the spelling and date-order conventions of <see cref="ConventionForgiveness"/> are forgiven.</summary>
    public bool PassedForgivingConventions { get; init; }

    /// <summary>Passed, or passes once the accepted rows' choices may be mixed (<see cref="AcceptedChoices"/>).</summary>
    public bool PassedCombiningAccepted { get; init; }
}

/// <summary>Pass counts per class and overall, as SCORING.md asks for them.</summary>
public sealed record NormalizationScore(IReadOnlyList<CaseOutcome> Outcomes)
{
    public IReadOnlyList<CaseOutcome> Scored => [.. Outcomes.Where(o => o.Case.Action == CaseAction.Score)];
    public IReadOnlyList<CaseOutcome> Robustness => [.. Outcomes.Where(o => o.Case.Action == CaseAction.Robustness)];
    public double Micro => Scored.Count == 0 ? 0 : (double)Scored.Count(o => o.Passed) / Scored.Count;
    public double Strict => Scored.Count == 0 ? 0 : (double)Scored.Count(o => o.StrictPassed) / Scored.Count;
    public double Macro => Scored.Count == 0 ? 0 : Scored.GroupBy(o => o.Case.Class).Average(g => (double)g.Count(o => o.Passed) / g.Count());
    public int UnrecoverableCount => Scored.Count(o => !o.Passed && o.Unrecoverable);

    /// <summary>A secondary figure: the share that passes when British spellings and day-first dates are forgiven.</summary>
    public double ForgivingConventions => Scored.Count == 0 ? 0 : (double)Scored.Count(o => o.PassedForgivingConventions) / Scored.Count;
    /// <summary>A secondary figure: the share that passes when the accepted readings' independent choices may be mixed.</summary>
    public double CombiningAccepted => Scored.Count == 0 ? 0 : (double)Scored.Count(o => o.PassedCombiningAccepted) / Scored.Count;
    public double WordErrorRate => WordErrors.Rate(Scored.Select(o => (SpokenCanonicalizer.Lenient(o.Hypothesis), SpokenCanonicalizer.Lenient(o.Case.Spoken))));
}

/// <summary>
/// Scores a normaliser on written/spoken cases (corpus SCORING.md): lenient and strict passes, accepted
/// variants, the electronic-class rules, the leftover-digit rule, robustness rows, and a severity for each
/// failure.
/// </summary>
public static class NormalizationEvaluator
{
    public static NormalizationScore Evaluate(IEnumerable<NormalizationCase> cases, Func<string, string> normalize) =>
        new([.. cases.Where(c => c.Action != CaseAction.Exclude).Select(c => Score(c, normalize))]);

    private static CaseOutcome Score(NormalizationCase c, Func<string, string> normalize)
    {
        string hypothesis;
        try
        {
            hypothesis = normalize(c.Written);
        }
        catch (Exception error)
        {
            return new CaseOutcome(c, "", false, false, true, $"{error.GetType().Name}: {error.Message}");
        }
        var lenient = SpokenCanonicalizer.Lenient(hypothesis);
        var digitsLeft = lenient.Any(char.IsAsciiDigit) && !SpokenCanonicalizer.Lenient(c.Spoken).Any(char.IsAsciiDigit);
        if (c.Action == CaseAction.Robustness)
        {
            return new CaseOutcome(c, hypothesis, !digitsLeft, !digitsLeft, digitsLeft, null);
        }
        var references = c.Accepted.Prepend(c.Spoken).Select(SpokenCanonicalizer.Lenient).ToList();
        var passed = !digitsLeft && references.Any(r => Matches(c.Class, lenient, r));
        var strict = SpokenCanonicalizer.Strict(hypothesis) == SpokenCanonicalizer.Strict(c.Spoken);
        var unrecoverable = !passed && (digitsLeft || MeaningWords.Differ(lenient, references[0]));
        var forgiven = passed || (!digitsLeft && references.Any(r => ConventionForgiveness.Apply(lenient) == ConventionForgiveness.Apply(r)));
        var combined = passed || (!digitsLeft && AcceptedChoices.Matches(lenient, references[0], references.Skip(1)));
        return new CaseOutcome(c, hypothesis, passed, strict, unrecoverable, null) { PassedForgivingConventions = forgiven, PassedCombiningAccepted = combined };
    }

    private static bool Matches(string caseClass, string hypothesis, string reference)
    {
        if (hypothesis == reference)
        {
            return true;
        }
        if (caseClass != "electronic")
        {
            return false;
        }
        // Electronic: spaces do not matter, a leading scheme and "www dot" may be dropped, www may be "dub dub dub".
        static string Squash(string s)
        {
            var t = s.Replace(" ", "").Replace("dubdubdub", "www");
            foreach (var prefix in new[] { "httpscolonslashslash", "httpcolonslashslash", "wwwdot" })
            {
                if (t.StartsWith(prefix, StringComparison.Ordinal))
                {
                    t = t[prefix.Length..];
                }
            }
            return t;
        }
        return Squash(hypothesis) == Squash(reference);
    }
}
