namespace Aloud.Audio;

/// <summary>
/// Integrated loudness and true peak of a mono programme, per ITU-R BS.1770-4 and EBU R128: K-weighted mean
/// square over 400 ms blocks overlapping by 75%, an absolute gate at -70 LUFS and a relative gate 10 LU
/// below the absolute-gated loudness.
/// </summary>
public static class LoudnessMeter
{
    private const double AbsoluteGateLufs = -70.0;
    private const double RelativeGateLu = -10.0;

    // BS.1770's offset: makes a 1 kHz sine read the same in LUFS as its RMS level in dBFS (per channel).
    private const double Offset = -0.691;

    /// <summary>Measures integrated loudness and true peak of the whole buffer.</summary>
    public static LoudnessMeasurement Measure(AudioBuffer audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return new LoudnessMeasurement(
            IntegratedLoudness(audio.Samples, audio.SampleRate),
            TruePeakDbtp(audio.Samples));
    }

    /// <summary>Integrated loudness in LUFS; -∞ when no block passes the absolute gate.</summary>
    public static double IntegratedLoudness(ReadOnlySpan<float> samples, int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        // 100 ms segments: a 400 ms block is four of them, and consecutive blocks step by one (75% overlap).
        int segment = Math.Max(1, (int)Math.Round(sampleRate * 0.1));
        double[] energies = KWeighting.SegmentEnergies(samples, sampleRate, segment);

        double[] blocks;
        if (energies.Length >= 4)
        {
            blocks = new double[energies.Length - 3];
            for (int b = 0; b < blocks.Length; b++)
            {
                blocks[b] = (energies[b] + energies[b + 1] + energies[b + 2] + energies[b + 3]) / (4.0 * segment);
            }
        }
        else
        {
            // Shorter than one block: the standard defines no result; we treat the whole clip as one block so
            // a short sentence still gets a sensible reading instead of silence.
            blocks = samples.IsEmpty ? [] : [WholeClipMeanSquare(samples, sampleRate)];
        }

        return GatedLoudness(blocks);
    }

    /// <summary>True peak in dBTP; -∞ for digital silence.</summary>
    public static double TruePeakDbtp(ReadOnlySpan<float> samples)
    {
        float peak = TruePeak.Max(samples);
        return peak > 0 ? 20 * Math.Log10(peak) : double.NegativeInfinity;
    }

    /// <summary>
    /// BS.1770's two gates over 400 ms block mean squares (absolute -70 LUFS, then relative -10 LU); shared with
    /// <see cref="RunningLoudness"/>, which collects the blocks a piece at a time.
    /// </summary>
    internal static double GatedLoudness(ReadOnlySpan<double> blockMeanSquares)
    {
        double absoluteGated = MeanAbove(blockMeanSquares, AbsoluteGateLufs);
        if (double.IsNaN(absoluteGated))
        {
            return double.NegativeInfinity;
        }

        double relativeGate = Loudness(absoluteGated) + RelativeGateLu;
        double gated = MeanAbove(blockMeanSquares, Math.Max(AbsoluteGateLufs, relativeGate));
        return double.IsNaN(gated) ? double.NegativeInfinity : Loudness(gated);
    }

    /// <summary>Mean of the block mean squares whose loudness exceeds <paramref name="gateLufs"/>; NaN if none.</summary>
    private static double MeanAbove(ReadOnlySpan<double> blockMeanSquares, double gateLufs)
    {
        double sum = 0;
        int count = 0;
        foreach (double z in blockMeanSquares)
        {
            if (Loudness(z) > gateLufs)
            {
                sum += z;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    // Log of zero is -∞, which compares false against any gate: silence is simply never counted.
    internal static double Loudness(double meanSquare) => Offset + (10 * Math.Log10(meanSquare));

    private static double WholeClipMeanSquare(ReadOnlySpan<float> samples, int sampleRate)
    {
        double[] energy = KWeighting.SegmentEnergies(samples, sampleRate, samples.Length);
        return energy[0] / samples.Length;
    }
}
