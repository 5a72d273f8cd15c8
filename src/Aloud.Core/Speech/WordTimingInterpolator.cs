namespace Aloud.Speech;

/// <summary>
/// Completes partial word timings: every word gets exactly one timing, in order, non-overlapping and inside
/// the clip. Words without a measured time share the gap between their neighbours by letter count; when that
/// gap is too short to be real (eSpeak runs a word's end up to the next word's start, so a word it skipped has
/// no gap at all) they share the previous word's span with it instead.
/// </summary>
public static class WordTimingInterpolator
{
    /// <summary>Below this many milliseconds per word a gap is taken as "no room" and time is borrowed.</summary>
    private const double MinWordMs = 40;

    /// <summary>Builds one timing per word from the measured spans in <paramref name="anchors"/> (null = unknown).</summary>
    /// <param name="words">Our words, used only for their letter counts.</param>
    /// <param name="anchors">A measured (start, end) in ms for each word, or null where none was measured.</param>
    /// <param name="clipMs">The clip's duration; all timings are clamped inside it.</param>
    public static IReadOnlyList<WordTiming> Complete(
        IReadOnlyList<string> words, IReadOnlyList<(double StartMs, double EndMs)?> anchors, double clipMs)
    {
        if (anchors.Count != words.Count)
        {
            throw new ArgumentException("One anchor (or null) is needed per word.", nameof(anchors));
        }

        var n = words.Count;
        var clip = double.IsFinite(clipMs) ? Math.Max(0, clipMs) : 0;
        var start = new double[n];
        var end = new double[n];
        var known = new bool[n];
        var weight = new int[n];
        var prevEnd = 0.0;
        for (var i = 0; i < n; i++)
        {
            // A word with no letters (a stray symbol) still takes a little time rather than none.
            weight[i] = Math.Max(1, AsciiFolding.LetterKey(words[i]).Length);
            if (anchors[i] is not { } a || !double.IsFinite(a.StartMs) || !double.IsFinite(a.EndMs))
            {
                continue;
            }

            // Clamp into the clip and after the previous word, so that what we hand on is monotonic.
            start[i] = Math.Max(Math.Clamp(a.StartMs, 0, clip), prevEnd);
            end[i] = Math.Max(Math.Clamp(a.EndMs, 0, clip), start[i]);
            prevEnd = end[i];
            known[i] = true;
        }

        for (var i = 0; i < n; i++)
        {
            if (known[i])
            {
                continue;
            }

            var first = i;
            while (i + 1 < n && !known[i + 1])
            {
                i++;
            }

            FillRun(first, i, start, end, weight, clip);
        }

        var result = new WordTiming[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = new WordTiming(i, start[i], end[i]);
        }

        return result;
    }

    private static void FillRun(int first, int last, double[] start, double[] end, int[] weight, double clip)
    {
        var n = start.Length;
        var prev = first - 1;
        var next = last + 1;
        var gapStart = prev >= 0 ? end[prev] : 0;
        var gapEnd = next < n ? start[next] : clip;
        if (gapEnd - gapStart >= (last - first + 1) * MinWordMs)
        {
            Spread(first, last, gapStart, gapEnd, start, end, weight);
        }
        else if (prev >= 0)
        {
            // The missing words were most likely said inside the previous word's measured span.
            Spread(prev, last, start[prev], gapEnd, start, end, weight);
        }
        else if (next < n)
        {
            Spread(first, next, gapStart, end[next], start, end, weight);
        }
        else
        {
            Spread(first, last, 0, clip, start, end, weight);
        }
    }

    /// <summary>Splits [from, to] over words first..last in proportion to their weights, back to back.</summary>
    private static void Spread(int first, int last, double from, double to, double[] start, double[] end, int[] weight)
    {
        to = Math.Max(to, from);
        var total = 0;
        for (var k = first; k <= last; k++)
        {
            total += weight[k];
        }

        var done = 0;
        for (var k = first; k <= last; k++)
        {
            start[k] = from + ((to - from) * done / total);
            done += weight[k];
            end[k] = k == last ? to : from + ((to - from) * done / total);
        }
    }
}
