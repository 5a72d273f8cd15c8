namespace Aloud.Audio;

/// <summary>
/// Brings a whole article to a target integrated loudness (default -16 LUFS, the usual spoken-word podcast
/// level) under a true-peak ceiling (default -1 dBTP), using one gain plus a look-ahead peak limiter.
/// Always give it the whole article: normalising sentence by sentence would flatten natural dynamics and
/// make every gap between clips a level jump.
/// </summary>
/// <remarks>
/// Every pass streams: it reads the source a chunk at a time, applies the gain and the limiter
/// (<see cref="StreamingPeakLimiter"/>), measures the result as it goes and writes it to a <see cref="PcmSpill"/>,
/// so an hour of audio costs a few hundred kilobytes of memory, not a copy of itself per pass.
/// </remarks>
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
    /// measuring an hour of audio again would cost seconds.
    /// </summary>
    public (AudioBuffer Audio, LoudnessMeasurement Loudness) NormalizeAndMeasure(AudioBuffer audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        using var result = new PcmSpill(audio.SampleRate, int.MaxValue);
        var loudness = NormalizeInto(audio, null, result);
        if (loudness.IsSilent)
        {
            return (audio, loudness);
        }

        var samples = new float[result.Length];
        result.Read(0, samples);
        return (new AudioBuffer(samples, audio.SampleRate), loudness);
    }

    /// <summary>
    /// Writes the normalised <paramref name="source"/> into <paramref name="destination"/> (emptied first) and
    /// returns the result's loudness. Silence is copied unchanged.
    /// </summary>
    /// <param name="source">The article's audio; read once per pass.</param>
    /// <param name="sourceLufs">Its integrated loudness when already measured (while it was assembled), else null.</param>
    /// <param name="destination">Receives the result.</param>
    public LoudnessMeasurement NormalizeInto(ISampleSource source, double? sourceLufs, PcmSpill destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        double beforeLufs = sourceLufs ?? IntegratedLoudness(source);
        if (double.IsNegativeInfinity(beforeLufs))
        {
            return Copy(source, destination);
        }

        double limiterCeiling = TruePeakCeilingDbtp - LimiterMarginDb;
        double gainDb = TargetLufs - beforeLufs;
        gainDb += LimiterLossEstimate.Decibels(source, gainDb, limiterCeiling);
        (double Gain, double Lufs)? previous = null;
        LoudnessMeasurement after = new(double.NegativeInfinity, double.NegativeInfinity);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            after = GainLimitAndMeasure(source, gainDb, limiterCeiling, destination);
            bool peakOk = after.TruePeakDbtp <= TruePeakCeilingDbtp;
            bool loudnessOk = Math.Abs(after.IntegratedLufs - TargetLufs) <= LoudnessToleranceLu;
            if (peakOk && loudnessOk)
            {
                return after;
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

        return EnforceCeiling(destination, after);
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

    /// <summary>One pass: the source times the gain, through the limiter, into the destination, measured.</summary>
    private static LoudnessMeasurement GainLimitAndMeasure(ISampleSource source, double gainDb, double limiterCeiling, PcmSpill destination)
    {
        destination.Clear();
        var meter = new OutputMeter(source.SampleRate, destination);
        var limiter = new StreamingPeakLimiter(source.SampleRate, limiterCeiling, meter.Add);
        float gain = (float)Math.Pow(10, gainDb / 20);
        SampleChunks.ForEach(source, (chunk, count) =>
        {
            for (int i = 0; i < count; i++)
            {
                chunk[i] *= gain;
            }

            limiter.Write(chunk.AsSpan(0, count));
        });
        limiter.Finish();
        return meter.Result();
    }

    /// <summary>Last resort after the passes: a plain gain cut, trading loudness for a guaranteed ceiling.</summary>
    private LoudnessMeasurement EnforceCeiling(PcmSpill audio, LoudnessMeasurement measured)
    {
        double peak = measured.TruePeakDbtp;
        if (peak <= TruePeakCeilingDbtp)
        {
            return measured;
        }

        float cut = (float)Math.Pow(10, (TruePeakCeilingDbtp - peak - 0.05) / 20);
        var meter = new OutputMeter(audio.SampleRate, null);
        var buffer = new float[SampleChunks.Size];
        for (long offset = 0; offset < audio.Length; offset += buffer.Length)
        {
            int count = (int)Math.Min(buffer.Length, audio.Length - offset);
            audio.Read(offset, buffer.AsSpan(0, count));
            for (int i = 0; i < count; i++)
            {
                buffer[i] *= cut;
            }

            audio.Overwrite(offset, buffer.AsSpan(0, count));
            meter.Add(buffer, count);
        }

        return meter.Result();
    }

    private static double IntegratedLoudness(ISampleSource source)
    {
        var loudness = new RunningLoudness(source.SampleRate);
        SampleChunks.ForEach(source, (chunk, count) => loudness.Add(chunk.AsSpan(0, count)));
        return loudness.IntegratedLufs;
    }

    /// <summary>Silence: copied as it is, with its loudness and true peak.</summary>
    private static LoudnessMeasurement Copy(ISampleSource source, PcmSpill destination)
    {
        destination.Clear();
        var meter = new OutputMeter(source.SampleRate, destination);
        SampleChunks.ForEach(source, meter.Add);
        return meter.Result();
    }

    /// <summary>Integrated loudness and true peak of what passes through, on its way to an optional spill.</summary>
    private sealed class OutputMeter(int sampleRate, PcmSpill? sink)
    {
        private readonly RunningLoudness _loudness = new(sampleRate);
        private readonly RunningTruePeak _peak = new();

        public void Add(float[] buffer, int count)
        {
            ReadOnlySpan<float> samples = buffer.AsSpan(0, count);
            sink?.Append(samples);
            _loudness.Add(samples);
            _peak.Write(samples);
        }

        public LoudnessMeasurement Result()
        {
            _peak.Finish();
            return new LoudnessMeasurement(_loudness.IntegratedLufs, _peak.Dbtp);
        }
    }
}
