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
        foreach (float peak in Envelope(samples))
        {
            max = Math.Max(max, peak);
        }

        return max;
    }

    /// <summary>
    /// For each sample n, the largest magnitude among the oversampled points n, n+¼, n+½ and n+¾: what a
    /// peak limiter must keep under its ceiling.
    /// </summary>
    public static float[] Envelope(ReadOnlySpan<float> samples)
    {
        var padded = new float[samples.Length + (2 * HalfTaps)];
        samples.CopyTo(padded.AsSpan(HalfTaps));
        var envelope = new float[samples.Length];
        for (int n = 0; n < samples.Length; n++)
        {
            float peak = Math.Abs(samples[n]);
            // Taps cover input samples n-7 .. n+8, i.e. padded[n+1 ..].
            ReadOnlySpan<float> window = padded.AsSpan(n + 1, 2 * HalfTaps);
            foreach (float[] phase in Phases)
            {
                peak = Math.Max(peak, Math.Abs(Dsp.Dot(window, phase)));
            }

            envelope[n] = peak;
        }

        return envelope;
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
