namespace Aloud.Speech;

/// <summary>
/// Maps an engine's own word list onto our words. Engines do not keep our word boundaries ("thirty-seventh"
/// comes back as two words, "Women's" as "women" + "'s", "I'm" as "im"), so we align the two lowercase letter
/// streams instead of the words (<see cref="LetterAlignment"/>), which tolerates letters either side skipped
/// or added. Each engine word's span is shared among its letters, so our word takes the time of the
/// letters it matched, whether that is part of one engine word or several.
/// </summary>
public static class WordTimingAligner
{
    /// <summary>Gives every one of <paramref name="words"/> exactly one timing, using the engine's word times.</summary>
    /// <param name="words">Our words, as spoken text.</param>
    /// <param name="engineWords">The engine's words with their times, in spoken order.</param>
    /// <param name="clipMs">The clip's duration in milliseconds.</param>
    public static IReadOnlyList<WordTiming> Align(IReadOnlyList<string> words, IReadOnlyList<EngineWord> engineWords, double clipMs)
    {
        var ours = LetterStream.Build(words);
        var theirs = LetterStream.Build(engineWords.Select(w => w.Text).ToList());
        var starts = new double[words.Count];
        var ends = new double[words.Count];
        var matched = new int[words.Count];
        Array.Fill(starts, double.PositiveInfinity);
        Array.Fill(ends, double.NegativeInfinity);

        foreach (var (a, b) in LetterAlignment.Match(ours, theirs))
        {
            // The engine word's span, shared evenly among its letters.
            var ew = engineWords[theirs.Owner[b]];
            var span = Math.Max(0, ew.EndMs - ew.StartMs);
            var length = theirs.WordLength[b];
            var letterStart = ew.StartMs + (span * theirs.Position[b] / length);
            var letterEnd = ew.StartMs + (span * (theirs.Position[b] + 1) / length);
            var w = ours.Owner[a];
            starts[w] = Math.Min(starts[w], letterStart);
            ends[w] = Math.Max(ends[w], letterEnd);
            matched[w]++;
        }

        var anchors = new (double, double)?[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            // Half the letters must match: a stray letter or two picked up from a neighbour is not a timing.
            if (matched[w] > 0 && matched[w] * 2 >= ours.LettersPerWord[w])
            {
                anchors[w] = (starts[w], ends[w]);
            }
        }

        return WordTimingInterpolator.Complete(words, anchors, clipMs);
    }
}
