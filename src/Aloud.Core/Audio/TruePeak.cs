namespace Aloud.Audio;

/// <summary>
/// True-peak estimation per ITU-R BS.1770-4 Annex 2: 4× oversampling through a polyphase interpolation
/// filter, so peaks that fall between samples (and would clip after a DAC or a lossy codec) are seen.
/// </summary>
internal static class TruePeak
{
    private const int Oversampling = 4;

    // Taps each side of the interpolated point: 16 taps per phase keeps the sinc's ripple well under 0.1 dB.
    private const int HalfTaps = 8;

    private const double KaiserBeta = 5.0;

    // Phases 1..3 (phase 0 is the original sample itself, as the sinc is zero at the other integers).
    private static readonly float[][] Phases = BuildPhases();

    /// <summary>The largest absolute value of the 4× oversampled signal, linear (1.0 = 0 dBTP).</summary>
    public static float Max(ReadOnlySpan<float> samples)
    {
        float max = 0;
        Span<float> edge = stackalloc float[2 * HalfTaps];
        for (int n = 0; n < samples.Length; n++)
        {
            max = Math.Max(max, PeakAt(samples, n, edge));
        }

        return max;
    }

    /// <summary>
    /// For each sample n, the largest magnitude among the oversampled points n, n+¼, n+½ and n+¾: what a
    /// peak limiter must keep under its ceiling. Allocates only the result: an hour of audio is big enough
    /// that a padded copy of it matters.
    /// </summary>
    public static float[] Envelope(ReadOnlySpan<float> samples)
    {
        var envelope = new float[samples.Length];
        Span<float> edge = stackalloc float[2 * HalfTaps];
        for (int n = 0; n < samples.Length; n++)
        {
            envelope[n] = PeakAt(samples, n, edge);
        }

        return envelope;
    }

    /// <summary>Samples before a point that its oversampled peak depends on (n-7 .. n).</summary>
    internal const int Before = HalfTaps - 1;

    /// <summary>Samples after a point that its oversampled peak depends on (n+1 .. n+8).</summary>
    internal const int After = HalfTaps;

    /// <summary>
    /// A factor no oversampled point exceeds relative to the largest sample magnitude of its 16-sample window
    /// (the largest sum of absolute tap values of a phase, with room for float rounding). A stretch whose samples
    /// times this stays under a threshold cannot have a true peak above it, so its oversampling can be skipped.
    /// </summary>
    internal static readonly float BoundFactor = (float)(Math.Max(1.0, Phases.Max(p => p.Sum(t => (double)Math.Abs(t)))) * 1.0001);

    /// <summary>
    /// The oversampled peak at the point whose 16-sample window (n-7 .. n+8) is <paramref name="window"/>: the same
    /// value <see cref="Max"/> and <see cref="Envelope"/> compute there.
    /// </summary>
    internal static float PeakOfWindow(ReadOnlySpan<float> window)
    {
        float peak = Math.Abs(window[Before]);
        foreach (float[] phase in Phases)
        {
            peak = Math.Max(peak, Math.Abs(Dsp.Dot(window, phase)));
        }

        return peak;
    }

    /// <summary>The oversampled peak around sample n; the taps cover samples n-7 .. n+8, zero outside the signal.</summary>
    private static float PeakAt(ReadOnlySpan<float> samples, int n, Span<float> edge)
    {
        int first = n - HalfTaps + 1;
        ReadOnlySpan<float> window;
        if (first >= 0 && first + (2 * HalfTaps) <= samples.Length)
        {
            window = samples.Slice(first, 2 * HalfTaps);
        }
        else
        {
            for (int i = 0; i < edge.Length; i++)
            {
                int at = first + i;
                edge[i] = at >= 0 && at < samples.Length ? samples[at] : 0f;
            }

            window = edge;
        }

        float peak = Math.Abs(samples[n]);
        foreach (float[] phase in Phases)
        {
            peak = Math.Max(peak, Math.Abs(Dsp.Dot(window, phase)));
        }

        return peak;
    }

    private static float[][] BuildPhases()
    {
        var phases = new float[Oversampling - 1][];
        for (int p = 1; p < Oversampling; p++)
        {
            double fraction = (double)p / Oversampling;
            var taps = new float[2 * HalfTaps];
            for (int i = 0; i < taps.Length; i++)
            {
                // Distance from the interpolated point n+fraction to tap i's sample n-7+i.
                double d = i - HalfTaps + 1 - fraction;
                taps[i] = (float)(Dsp.Sinc(d) * Dsp.Kaiser(d / HalfTaps, KaiserBeta));
            }

            phases[p - 1] = taps;
        }

        return phases;
    }
}
