namespace Aloud.Speech;

/// <summary>A stretch of a clip quiet enough to be a pause, in milliseconds from the clip's start.</summary>
public readonly record struct Silence(double StartMs, double EndMs);

/// <summary>
/// Finds the pauses in a clip: 10 ms frames whose RMS is more than 30 dB under the clip's loudest frame, in
/// runs of at least a given length. Relative to the clip, so a quiet voice and a loud one find the same pauses.
/// Speech starts more quietly than that, so each pause's end is then pulled back to where the level first rises
/// above 45 dB under the peak: a word after a pause starts where it is first heard at all.
/// </summary>
public static class SilenceFinder
{
    private const double FrameMs = 10;
    private const double BelowPeak = 0.0316; // -30 dB in amplitude
    private const double OnsetBelowPeak = 0.0056; // -45 dB

    public static IReadOnlyList<Silence> Find(float[] samples, int sampleRate, double minPauseMs)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var frame = Math.Max(1, (int)(sampleRate * FrameMs / 1000));
        var frames = (samples.Length + frame - 1) / frame;
        var rms = new double[frames];
        for (var f = 0; f < frames; f++)
        {
            var from = f * frame;
            var to = Math.Min(samples.Length, from + frame);
            var sum = 0.0;
            for (var i = from; i < to; i++)
            {
                sum += samples[i] * (double)samples[i];
            }

            rms[f] = Math.Sqrt(sum / Math.Max(1, to - from));
        }

        var peak = rms.DefaultIfEmpty(0).Max();
        var threshold = Math.Max(1e-4, peak * BelowPeak);
        var onset = Math.Max(1e-5, peak * OnsetBelowPeak);
        var result = new List<Silence>();
        var msPerSample = 1000.0 / sampleRate;
        for (var f = 0; f < frames;)
        {
            if (rms[f] >= threshold)
            {
                f++;
                continue;
            }

            var start = f;
            while (f < frames && rms[f] < threshold)
            {
                f++;
            }

            var end = f;
            while (end > start + 1 && f < frames && rms[end - 1] >= onset)
            {
                end--;
            }

            var startMs = start * frame * msPerSample;
            var endMs = Math.Min(samples.Length, end * frame) * msPerSample;
            if (endMs - startMs >= minPauseMs)
            {
                result.Add(new Silence(startMs, endMs));
            }
        }

        return result;
    }
}
