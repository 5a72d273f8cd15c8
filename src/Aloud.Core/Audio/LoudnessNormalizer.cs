namespace Aloud.Audio;

/// <summary>
/// Brings a whole article to a target integrated loudness (default -16 LUFS, the usual spoken-word podcast
/// level) under a true-peak ceiling (default -1 dBTP), using one gain plus a look-ahead peak limiter.
/// Always give it the whole article: normalising sentence by sentence would flatten natural dynamics and
/// make every gap between clips a level jump.
/// </summary>
/// <param name="targetLufs">Integrated loudness to reach.</param>
/// <param name="truePeakCeilingDbtp">True peak the result must not exceed.</param>
public sealed class LoudnessNormalizer(double targetLufs = -16.0, double truePeakCeilingDbtp = -1.0)
{
    // The limiter aims this far below the ceiling: its envelope is only an estimate of the true peak after
    // gain changes, and the lossy encoder downstream adds overshoot of its own.
    private const double LimiterMarginDb = 0.5;

    // Good enough to stop iterating; the contract is ±0.5 LU.
    private const double LoudnessToleranceLu = 0.2;

    private const int MaxPasses = 6;

    /// <summary>The integrated loudness this normaliser aims for.</summary>
    public double TargetLufs { get; } = targetLufs;

    /// <summary>The true-peak ceiling in dBTP.</summary>
    public double TruePeakCeilingDbtp { get; } = truePeakCeilingDbtp;

    /// <summary>
    /// Returns a normalised copy of <paramref name="audio"/>; silence (nothing above the -70 LUFS gate) comes
    /// back unchanged, as there is no level to correct.
    /// </summary>
    public AudioBuffer Normalize(AudioBuffer audio) => NormalizeAndMeasure(audio).Audio;

    /// <summary>
    /// <see cref="Normalize"/>, also returning the loudness of the result: the passes measure it anyway, and
    /// measuring an hour of audio again (true peak is 4x oversampled) would cost seconds.
    /// </summary>
    public (AudioBuffer Audio, LoudnessMeasurement Loudness) NormalizeAndMeasure(AudioBuffer audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        LoudnessMeasurement before = LoudnessMeter.Measure(audio);
        if (before.IsSilent)
        {
            return (audio, before);
        }

        double gainDb = TargetLufs - before.IntegratedLufs;
        double limiterCeiling = TruePeakCeilingDbtp - LimiterMarginDb;
        (double Gain, double Lufs)? previous = null;
        // One working buffer for every pass: each pass rescales the original into it.
        float[] result = new float[audio.Samples.Length];
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            Scale(audio.Samples, gainDb, result);
            PeakLimiter.Apply(result, audio.SampleRate, limiterCeiling);
            LoudnessMeasurement after = LoudnessMeter.Measure(new AudioBuffer(result, audio.SampleRate));

            bool peakOk = after.TruePeakDbtp <= TruePeakCeilingDbtp;
            bool loudnessOk = Math.Abs(after.IntegratedLufs - TargetLufs) <= LoudnessToleranceLu;
            if (peakOk && loudnessOk)
            {
                return (new AudioBuffer(result, audio.SampleRate), after);
            }

            if (!peakOk)
            {
                // The limiter's envelope underestimated the overshoot: aim lower by what got through.
                limiterCeiling -= after.TruePeakDbtp - TruePeakCeilingDbtp + 0.1;
            }

            double next = NextGain(gainDb, after.IntegratedLufs, previous);
            previous = (gainDb, after.IntegratedLufs);
            gainDb = next;
        }

        var enforced = new AudioBuffer(EnforceCeiling(result), audio.SampleRate);
        return (enforced, LoudnessMeter.Measure(enforced));
    }

    /// <summary>
    /// The gain for the next pass. Limiting eats part of every extra dB (more gain, more limiting), so after
    /// the first pass we step by the slope actually observed (a secant step), which converges in a pass or
    /// two where simply adding the shortfall would crawl.
    /// </summary>
    private double NextGain(double gainDb, double lufs, (double Gain, double Lufs)? previous)
    {
        double slope = 1.0;
        if (previous is { } p && Math.Abs(gainDb - p.Gain) > 1e-3)
        {
            // Clamped: never assume a dB of gain buys more than a dB, nor less than a tenth of one.
            slope = Math.Clamp((lufs - p.Lufs) / (gainDb - p.Gain), 0.1, 1.0);
        }

        return gainDb + ((TargetLufs - lufs) / slope);
    }

    /// <summary>Last resort after the passes: a plain gain cut, trading loudness for a guaranteed ceiling.</summary>
    private float[] EnforceCeiling(float[] samples)
    {
        double peak = LoudnessMeter.TruePeakDbtp(samples);
        if (peak > TruePeakCeilingDbtp)
        {
            float cut = (float)Math.Pow(10, (TruePeakCeilingDbtp - peak - 0.05) / 20);
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] *= cut;
            }
        }

        return samples;
    }

    private static void Scale(float[] samples, double gainDb, float[] destination)
    {
        float gain = (float)Math.Pow(10, gainDb / 20);
        for (int i = 0; i < samples.Length; i++)
        {
            destination[i] = samples[i] * gain;
        }
    }
}
