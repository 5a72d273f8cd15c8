using System.Globalization;
using System.Text;

namespace Aloud.Ingest.Evaluation;

/// <summary>
/// How much of the true article body one extraction found, in the shape of the public article extraction
/// benchmark: true positives, false positives and false negatives over 4-word shingles, normalised so that
/// they sum to 1 (a long article weighs no more than a short one).
/// </summary>
public readonly record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>
    /// Share of the predicted shingles that are true; null when nothing was predicted, which the benchmark
    /// leaves out of the precision average (the miss still costs recall).
    /// </summary>
    public double? Precision => TruePositives + FalsePositives > 0 ? TruePositives / (TruePositives + FalsePositives) : null;

    /// <summary>Share of the true shingles found; null when the truth is empty (left out of the recall average).</summary>
    public double? Recall => TruePositives + FalseNegatives > 0 ? TruePositives / (TruePositives + FalseNegatives) : null;
}

/// <summary>
/// The benchmark's text comparison. Tokens are runs of Unicode letters, digits and underscores (Python's
/// <c>\w+</c>), case kept; shingles are runs of four consecutive tokens (a text of fewer tokens is one
/// shingle of them all). Repeated shingles count as often as they occur, as the benchmark's counters do,
/// so a paragraph extracted twice costs precision.
/// </summary>
public static class ShingleScorer
{
    /// <summary>Words per shingle, as in the benchmark.</summary>
    public const int ShingleSize = 4;

    /// <summary>Compares a predicted body with the true one.</summary>
    public static ShingleMatch Score(string truth, string prediction)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(prediction);
        var expected = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in predicted)
        {
            var want = expected.GetValueOrDefault(shingle);
            tp += Math.Min(count, want);
            fp += Math.Max(0, count - want);
        }
        foreach (var (shingle, count) in expected)
            fn += Math.Max(0, count - predicted.GetValueOrDefault(shingle));
        var sum = tp + fp + fn;
        return sum == 0 ? new ShingleMatch(0, 0, 0) : new ShingleMatch(tp / sum, fp / sum, fn / sum);
    }

    /// <summary>The tokens of <paramref name="text"/>: maximal runs of word characters.</summary>
    public static IReadOnlyList<string> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                current.Append(rune.ToString());
                continue;
            }
            if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    /// <summary>Each shingle (tokens joined by a space) with the number of times it occurs.</summary>
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return counts;
        var starts = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < starts; i++)
        {
            var key = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    // Python's \w: letters, any numeric character, and the underscore; combining marks are not word characters.
    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
