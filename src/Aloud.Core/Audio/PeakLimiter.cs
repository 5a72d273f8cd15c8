namespace Aloud.Audio;

/// <summary>
/// An offline look-ahead peak limiter working on the true-peak envelope. Because the whole buffer is known,
/// the gain can start falling before a peak arrives instead of delaying the audio.
/// </summary>
internal static class PeakLimiter
{
    // Long enough for a smooth, click-free attack ramp; short enough not to duck audibly before a plosive.
    internal const double LookAheadSeconds = 0.005;

    // Exponential release time constant: fast enough not to pump between syllables.
    internal const double ReleaseSeconds = 0.08;

    /// <summary>Limits <paramref name="samples"/> in place so its true peak stays near or under <paramref name="ceilingDbtp"/>.</summary>
    public static void Apply(float[] samples, int sampleRate, double ceilingDbtp)
    {
        float ceiling = (float)Math.Pow(10, ceilingDbtp / 20);
        float[] gain = TruePeak.Envelope(samples);
        bool any = false;
        for (int n = 0; n < gain.Length; n++)
        {
            // The gain each sample needs on its own.
            gain[n] = gain[n] > ceiling ? ceiling / gain[n] : 1f;
            any |= gain[n] < 1f;
        }

        if (!any)
        {
            return;
        }

        int lookAhead = Math.Max(1, (int)Math.Round(LookAheadSeconds * sampleRate));
        float[] held = SlidingMinimumAhead(gain, lookAhead);
        ApplyRelease(held, Math.Exp(-1.0 / (ReleaseSeconds * sampleRate)));

        // Averaging the last `lookAhead` held values gives a linear attack ramp. It never exceeds the gain a
        // peak at n needs: every held value in [n - lookAhead + 1, n] already looked ahead as far as n.
        double sum = held[0] * (double)lookAhead;
        for (int n = 0; n < samples.Length; n++)
        {
            sum += held[n] - held[Math.Max(0, n - lookAhead)];
            samples[n] *= (float)(sum / lookAhead);
        }
    }

    /// <summary>
    /// result[n] = min(values[n .. n+window-1]), by a monotonic queue in O(n). The queue never holds more than
    /// a window of indices, so it lives in a ring of that size rather than an array as long as the audio.
    /// </summary>
    private static float[] SlidingMinimumAhead(float[] values, int window)
    {
        var result = new float[values.Length];
        int capacity = window + 1;
        var ring = new int[capacity]; // indices with increasing values; front = current minimum
        int head = 0, count = 0;
        for (int n = values.Length - 1; n >= 0; n--)
        {
            while (count > 0 && values[ring[(head + count - 1) % capacity]] >= values[n])
            {
                count--;
            }

            ring[(head + count) % capacity] = n;
            count++;
            if (ring[head] > n + window - 1)
            {
                head = (head + 1) % capacity;
                count--;
            }

            result[n] = values[ring[head]];
        }

        return result;
    }

    /// <summary>Lets the gain recover exponentially instead of jumping back up; drops still pass at once.</summary>
    private static void ApplyRelease(float[] gain, double coefficient)
    {
        double current = gain[0];
        for (int n = 0; n < gain.Length; n++)
        {
            current = gain[n] < current ? gain[n] : gain[n] + ((current - gain[n]) * coefficient);
            gain[n] = (float)current;
        }
    }
}
