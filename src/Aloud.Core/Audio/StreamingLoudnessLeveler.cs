namespace Aloud.Audio;

/// <summary>
/// Loudness for audio that leaves sentence by sentence (streaming responses), where <see cref="LoudnessNormalizer"/>
/// cannot work because the whole article is never in hand. Each clip gets the gain that brings the integrated
/// loudness (EBU R128 gating) of everything so far, this clip included, to the target; the first clip with any
/// level gets it outright, later ones move toward it under limits, and a look-ahead limiter keeps every clip
/// under the true-peak ceiling.
/// </summary>
/// <remarks>
/// Why whole-history loudness rather than each clip's own: per-clip normalisation flattens natural dynamics
/// and makes levels jump between sentences (decision 0002). The history's relative gate (-10 LU) also means a
/// quiet opening that the later speech outweighs stops counting, so the level settles on the speech. Gain cuts
/// apply at once (too loud is worse than too quiet, and the limiter should not do the work); gain rises are
/// limited per clip so one quiet sentence cannot pump the next one up. Within a clip the gain glides from the
/// previous value over the first 20 ms, so a change never makes a step in the waveform.
/// </remarks>
public sealed class StreamingLoudnessLeveler
{
    // The limiter aims this far below the ceiling (as LoudnessNormalizer does): its envelope only estimates
    // the true peak after the gain.
    private const double LimiterMarginDb = 0.5;

    private const double GlideSeconds = 0.02;

    // Limiting a peaky clip lowers its loudness (measured: ~1.8 LU on synthetic speech at -16 LUFS); the clip is
    // redone with makeup gain until within this of what its gain promised, as LoudnessNormalizer does.
    private const double MakeupToleranceLu = 0.2;
    private const int MaxPasses = 4;
    private const double MaxMakeupDb = 6.0;

    private readonly RunningLoudness _input;
    private readonly int _sampleRate;
    private bool _hasGain;

    /// <summary>A leveler for mono clips at <paramref name="sampleRate"/>.</summary>
    /// <param name="sampleRate">The clips' sample rate.</param>
    /// <param name="targetLufs">Integrated loudness to reach: -16 LUFS, the spoken-word podcast level.</param>
    /// <param name="truePeakCeilingDbtp">True peak no output clip may exceed.</param>
    /// <param name="maxRiseDbPerClip">How far the gain may rise from one clip to the next.</param>
    /// <param name="maxGainDb">The most gain ever applied, so a clip of breath or noise is not raised to speech level.</param>
    public StreamingLoudnessLeveler(
        int sampleRate,
        double targetLufs = -16.0,
        double truePeakCeilingDbtp = -1.0,
        double maxRiseDbPerClip = 3.0,
        double maxGainDb = 24.0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRiseDbPerClip);
        _sampleRate = sampleRate;
        _input = new RunningLoudness(sampleRate);
        TargetLufs = targetLufs;
        TruePeakCeilingDbtp = truePeakCeilingDbtp;
        MaxRiseDbPerClip = maxRiseDbPerClip;
        MaxGainDb = maxGainDb;
    }

    /// <summary>The integrated loudness aimed for.</summary>
    public double TargetLufs { get; }

    /// <summary>The true-peak ceiling in dBTP.</summary>
    public double TruePeakCeilingDbtp { get; }

    /// <summary>The largest gain rise between consecutive clips, in dB.</summary>
    public double MaxRiseDbPerClip { get; }

    /// <summary>The largest gain applied, in dB.</summary>
    public double MaxGainDb { get; }

    /// <summary>The gain (before limiting) applied to the end of the last clip, in dB; 0 until a clip had any level.</summary>
    public double GainDb { get; private set; }

    /// <summary>Integrated loudness of the input so far (before gain), in LUFS; -∞ while it is all silence.</summary>
    public double InputLufs => _input.IntegratedLufs;

    /// <summary>Returns <paramref name="clip"/> levelled: the next clip of the stream, in order.</summary>
    public float[] Level(ReadOnlySpan<float> clip)
    {
        _input.Add(clip);
        double previous = GainDb;
        double wanted = TargetLufs - _input.IntegratedLufs;
        if (double.IsFinite(wanted))
        {
            wanted = Math.Min(wanted, MaxGainDb);
            GainDb = _hasGain ? Math.Min(wanted, previous + MaxRiseDbPerClip) : wanted;
            if (!_hasGain)
            {
                previous = GainDb; // nothing was heard before: no glide from 0 dB
            }

            _hasGain = true;
        }

        return GainAndLimit(clip, previous, GainDb);
    }

    /// <summary>
    /// Applies the gain (gliding from <paramref name="fromDb"/>), limits, and repeats with makeup gain for what the
    /// limiter took away, so the clip comes out as loud as <paramref name="toDb"/> promised.
    /// </summary>
    private float[] GainAndLimit(ReadOnlySpan<float> clip, double fromDb, double toDb)
    {
        double clipLufs = LoudnessMeter.IntegratedLoudness(clip, _sampleRate);
        double makeup = 0;
        double limiterCeiling = TruePeakCeilingDbtp - LimiterMarginDb;
        float[] output = [];
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            output = ApplyGain(clip, fromDb + makeup, toDb + makeup);
            PeakLimiter.Apply(output, _sampleRate, limiterCeiling);
            if (!double.IsFinite(clipLufs))
            {
                break; // silence: no level to keep
            }

            double shortfall = clipLufs + toDb - LoudnessMeter.IntegratedLoudness(output, _sampleRate);
            if (Math.Abs(shortfall) <= MakeupToleranceLu || makeup >= MaxMakeupDb)
            {
                break;
            }

            makeup = Math.Clamp(makeup + shortfall, 0, MaxMakeupDb);
        }

        EnforceCeiling(output);
        return output;
    }

    private float[] ApplyGain(ReadOnlySpan<float> clip, double fromDb, double toDb)
    {
        var output = new float[clip.Length];
        double from = Math.Pow(10, fromDb / 20);
        double to = Math.Pow(10, toDb / 20);
        int glide = Math.Min(clip.Length, (int)(GlideSeconds * _sampleRate));
        for (int i = 0; i < clip.Length; i++)
        {
            double gain = i < glide ? from + ((to - from) * (i + 1) / glide) : to;
            output[i] = (float)(clip[i] * gain);
        }

        return output;
    }

    /// <summary>The limiter's envelope is an estimate: if a peak still got through, cut the clip plainly.</summary>
    private void EnforceCeiling(float[] samples)
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
    }
}
