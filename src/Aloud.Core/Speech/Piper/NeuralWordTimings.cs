namespace Aloud.Speech.Piper;

/// <summary>
/// Word timings for a neural voice, which says no words, only ids. When the model reports how long each id
/// lasted, a word runs from its first id's start to its last id's end. Otherwise each id is given an equal share
/// of the clip (ids are phonemes and the pads between them, so a word's share follows its phoneme count), then
/// the estimate is bent to the audio: each clause mark is pinned to the pause heard nearest to where it was
/// expected, and the first and last words are moved out of any leading or trailing silence. Between pins time
/// is linear in ids.
/// </summary>
internal static class NeuralWordTimings
{
    /// <summary>A stretch this quiet for at least this long is a pause.</summary>
    private const double MinPauseMs = 90;

    /// <summary>How far from its expected place a clause mark may find its pause.</summary>
    private const double SearchMs = 350;

    public static IReadOnlyList<WordTiming> Compute(
        EncodedSentence encoded, IReadOnlyList<string> words, float[] audio, int sampleRate, double[]? durations, bool refine = true)
    {
        var clipMs = audio.Length * 1000.0 / sampleRate;
        var n = encoded.Ids.Length;
        var measured = durations is { } d && d.Length == n && d.All(double.IsFinite) && d.Sum() > 0;
        // Anchors pin places on a scale of ids to times: with durations, one step per id; otherwise each id's
        // expected share of the time (its phoneme's weight), so time between anchors follows the phonemes.
        var position = new double[n + 1];
        for (var i = 0; i < n; i++)
        {
            position[i + 1] = position[i] + (measured || encoded.Weights is not { } w || w.Length != n ? 1 : w[i]);
        }

        var anchors = measured
            ? FromDurations(durations!, clipMs)
            : refine ? Refined(encoded, position, audio, sampleRate, clipMs) : [(0, 0), (position[n], clipMs)];
        var spans = encoded.Words
            .Select(w => w is { } r ? ((double, double)?)(At(anchors, position[r.First]), At(anchors, position[r.End])) : null)
            .ToList();
        return WordTimingInterpolator.Complete(words, spans, clipMs);
    }

    /// <summary>Cumulative durations, scaled so that they add up to the clip (they may be in samples or in frames).</summary>
    private static List<(double Id, double Ms)> FromDurations(double[] durations, double clipMs)
    {
        var total = durations.Sum(x => Math.Max(0, x));
        var anchors = new List<(double, double)>(durations.Length + 1) { (0, 0) };
        var sum = 0.0;
        for (var i = 0; i < durations.Length; i++)
        {
            sum += Math.Max(0, durations[i]);
            anchors.Add((i + 1, sum / total * clipMs));
        }

        return anchors;
    }

    private static List<(double Id, double Ms)> Refined(EncodedSentence encoded, double[] position, float[] audio, int sampleRate, double clipMs)
    {
        var n = encoded.Ids.Length;
        var total = position[n] > 0 ? position[n] : 1;
        double Uniform(int id) => position[id] * clipMs / total;
        var pauses = SilenceFinder.Find(audio, sampleRate, MinPauseMs);
        var anchors = new List<(double Id, double Ms)> { (0, 0) };

        var firstWord = encoded.Words.FirstOrDefault(w => w is not null);
        if (firstWord is { } f && pauses.FirstOrDefault() is var lead && lead.StartMs <= 1 && lead.EndMs > Uniform(f.First))
        {
            anchors.Add((position[f.First], lead.EndMs));
        }

        foreach (var (first, end) in encoded.Breaks)
        {
            var expected = (Uniform(first) + Uniform(end)) / 2;
            var best = pauses.Where(p => p.StartMs > 1 && p.EndMs < clipMs - 1)
                .Where(p => Math.Abs(((p.StartMs + p.EndMs) / 2) - expected) <= SearchMs)
                .OrderBy(p => Math.Abs(((p.StartMs + p.EndMs) / 2) - expected))
                .Select(p => ((double, double)?)(p.StartMs, p.EndMs))
                .FirstOrDefault();
            if (best is { } pause && pause.Item1 >= anchors[^1].Ms)
            {
                anchors.Add((position[first], pause.Item1));
                anchors.Add((position[end], pause.Item2));
            }
        }

        var lastWord = encoded.Words.LastOrDefault(w => w is not null);
        if (lastWord is { } l && pauses.LastOrDefault() is var tail && tail.EndMs >= clipMs - 1 && tail.StartMs < Uniform(l.End)
            && tail.StartMs > anchors[^1].Ms && position[l.End] > anchors[^1].Id)
        {
            anchors.Add((position[l.End], tail.StartMs));
        }

        anchors.Add((position[n], clipMs));
        return anchors;
    }

    /// <summary>The time of id position <paramref name="id"/>, linear between the anchors around it.</summary>
    private static double At(List<(double Id, double Ms)> anchors, double id)
    {
        for (var i = 1; i < anchors.Count; i++)
        {
            var (id0, ms0) = anchors[i - 1];
            var (id1, ms1) = anchors[i];
            if (id <= id1)
            {
                return id1 <= id0 ? ms1 : ms0 + ((ms1 - ms0) * (id - id0) / (id1 - id0));
            }
        }

        return anchors[^1].Ms;
    }
}
