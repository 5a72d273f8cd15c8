namespace Aloud.Audio;

/// <summary>Float to 16-bit PCM conversion, done only at the encoder boundary.</summary>
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
}
