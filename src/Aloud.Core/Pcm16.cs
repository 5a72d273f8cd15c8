namespace Aloud;

/// <summary>
/// 16-bit PCM at the pipeline's two edges: engines hand us shorts (to floats), encoders take shorts (from floats).
/// Floats everywhere in between.
/// </summary>
internal static class Pcm16
{
    /// <summary>
    /// Converts <paramref name="source"/> into <paramref name="destination"/> (at least as long), rounding to the
    /// nearest step and clipping anything outside [-1, 1] instead of letting it wrap around.
    /// </summary>
    public static void Convert(ReadOnlySpan<float> source, Span<short> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = ToShort(source[i]);
        }
    }

    /// <summary>One sample; NaN becomes silence rather than an arbitrary value.</summary>
    public static short ToShort(float sample)
    {
        float scaled = MathF.Round(sample * short.MaxValue);
        if (scaled >= short.MaxValue)
        {
            return short.MaxValue;
        }

        if (scaled <= short.MinValue)
        {
            return short.MinValue;
        }

        return float.IsNaN(scaled) ? (short)0 : (short)scaled;
    }

    /// <summary>
    /// Takes every <paramref name="channels"/>-th sample (channel 0 of interleaved audio) scaled to [-1, 1):
    /// dividing by 32768 maps -32768 exactly to -1 and never exceeds 1.
    /// </summary>
    public static float[] ToFloat(ReadOnlySpan<short> samples, int channels = 1)
    {
        channels = Math.Max(1, channels);
        var result = new float[samples.Length / channels];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = samples[i * channels] / 32768f;
        }

        return result;
    }
}
