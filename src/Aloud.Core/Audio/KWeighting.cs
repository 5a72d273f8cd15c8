namespace Aloud.Audio;

/// <summary>
/// The K-weighting of ITU-R BS.1770-4 for any sample rate. The standard only lists coefficients for
/// 48 kHz; we derive them from the analog prototypes (a ~1681 Hz, +4 dB high shelf modelling the head,
/// then the ~38 Hz "RLB" high-pass) by the bilinear transform, pre-warped at each filter's corner. The
/// prototype parameters below are the ones that reproduce the standard's 48 kHz coefficients.
/// </summary>
internal static class KWeighting
{
    private const double ShelfFrequency = 1681.974450955533;
    private const double ShelfGainDb = 3.999843853973347;
    private const double ShelfQ = 0.7071752369554196;

    // The shelf's gain at its corner, as a power of the high-frequency gain; 0.5 would be the textbook
    // geometric mean, this value is what matches the published 48 kHz filter.
    private const double ShelfMidGainExponent = 0.4996667741545416;

    private const double HighPassFrequency = 38.13547087602444;
    private const double HighPassQ = 0.5003270373238773;

    /// <summary>Stage 1: the pre-filter (high shelf).</summary>
    public static Biquad PreFilter(int sampleRate)
    {
        double k = Math.Tan(Math.PI * ShelfFrequency / sampleRate);
        double vh = Math.Pow(10, ShelfGainDb / 20);
        double vb = Math.Pow(vh, ShelfMidGainExponent);
        // H(s) = (Vh·s² + Vb·s/Q + 1) / (s² + s/Q + 1), with s = (1 - z⁻¹) / (K·(1 + z⁻¹)).
        double a0 = 1 + (k / ShelfQ) + (k * k);
        return new Biquad(
            B0: (vh + (vb * k / ShelfQ) + (k * k)) / a0,
            B1: 2 * ((k * k) - vh) / a0,
            B2: (vh - (vb * k / ShelfQ) + (k * k)) / a0,
            A1: 2 * ((k * k) - 1) / a0,
            A2: (1 - (k / ShelfQ) + (k * k)) / a0);
    }

    /// <summary>Stage 2: the RLB high-pass.</summary>
    public static Biquad HighPass(int sampleRate)
    {
        double k = Math.Tan(Math.PI * HighPassFrequency / sampleRate);
        double a0 = 1 + (k / HighPassQ) + (k * k);
        // The standard keeps the numerator at exactly 1, -2, 1 (not divided by a0); the -0.691 dB offset in
        // the loudness formula is calibrated against that, so we do the same.
        return new Biquad(
            B0: 1,
            B1: -2,
            B2: 1,
            A1: 2 * ((k * k) - 1) / a0,
            A2: (1 - (k / HighPassQ) + (k * k)) / a0);
    }

    /// <summary>
    /// K-weights <paramref name="samples"/> and returns the sum of squares of each complete
    /// <paramref name="segmentLength"/>-sample segment (trailing partial segment dropped).
    /// </summary>
    public static double[] SegmentEnergies(ReadOnlySpan<float> samples, int sampleRate, int segmentLength)
    {
        var stage1 = new BiquadState(PreFilter(sampleRate));
        var stage2 = new BiquadState(HighPass(sampleRate));
        var energies = new double[samples.Length / segmentLength];
        for (int s = 0; s < energies.Length; s++)
        {
            double sum = 0;
            foreach (float x in samples.Slice(s * segmentLength, segmentLength))
            {
                double y = stage2.Process(stage1.Process(x));
                sum += y * y;
            }

            energies[s] = sum;
        }

        return energies;
    }
}
