namespace Aloud.Script.Evaluation;

/// <summary>Word error rate: word-level edit distance over reference length, summed over all pairs.</summary>
public static class WordErrors
{
    public static double Rate(IEnumerable<(string Hypothesis, string Reference)> pairs)
    {
        long errors = 0, words = 0;
        foreach (var (hypothesis, reference) in pairs)
        {
            var h = hypothesis.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var r = reference.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            errors += Distance(h, r);
            words += r.Length;
        }
        return words == 0 ? 0 : (double)errors / words;
    }

    /// <summary>Levenshtein distance over words, two rows at a time.</summary>
    public static int Distance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (var j = 0; j <= b.Count; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Count];
    }
}
