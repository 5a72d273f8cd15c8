namespace Aloud.Audio;

/// <summary>
/// How much integrated loudness the peak limiter will take off at a given gain, estimated on every
/// <see cref="Stride"/>th chunk of the audio. Limiting lowers the loudness a little (about 0.2 LU on narrated
/// speech at -16 LUFS), so a first pass aimed at the target itself came in short, often just outside the
/// tolerance, and a second full pass followed: gain, limiter, loudness and true peak over all of the audio again,
/// 5% of the CPU of a 74-minute narration. Aiming the first pass past the target by this estimate lands it within
/// the tolerance, for about a sixth of one pass's work. A wrong estimate costs nothing but the passes it was
/// meant to save: the passes still check and correct.
/// </summary>
internal static class LimiterLossEstimate
{
    /// <summary>One chunk in this many is measured.</summary>
    public const int Stride = 8;

    // Never aim more than this far past the target: a signal limited that hard is left to the passes.
    private const double MaxLossDb = 3.0;

    /// <summary>
    /// The loudness (in LU, zero or more) that <see cref="StreamingPeakLimiter"/> at <paramref name="limiterCeilingDbtp"/>
    /// takes off <paramref name="source"/> raised by <paramref name="gainDb"/>; zero when nothing in the measured
    /// chunks passes the loudness gate.
    /// </summary>
    public static double Decibels(ISampleSource source, double gainDb, double limiterCeilingDbtp)
    {
        ArgumentNullException.ThrowIfNull(source);
        var plain = new RunningLoudness(source.SampleRate);
        var limited = new RunningLoudness(source.SampleRate);
        var limiter = new StreamingPeakLimiter(source.SampleRate, limiterCeilingDbtp, (buffer, count) => limited.Add(buffer.AsSpan(0, count)));
        float gain = (float)Math.Pow(10, gainDb / 20);
        var chunk = new float[SampleChunks.Size];
        for (long offset = 0, index = 0; offset < source.Length; offset += chunk.Length, index++)
        {
            if (index % Stride != 0)
            {
                continue;
            }

            // The chosen chunks run together as one signal: the joins are a few milliseconds of filter and
            // limiter state in seconds of audio, the same on both sides of the comparison.
            var samples = chunk.AsSpan(0, (int)Math.Min(chunk.Length, source.Length - offset));
            source.Read(offset, samples);
            for (int i = 0; i < samples.Length; i++)
            {
                samples[i] *= gain;
            }

            plain.Add(samples);
            limiter.Write(samples);
        }

        limiter.Finish();
        double loss = plain.IntegratedLufs - limited.IntegratedLufs;
        return double.IsFinite(loss) ? Math.Clamp(loss, 0, MaxLossDb) : 0;
    }
}
