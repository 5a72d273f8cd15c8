namespace Aloud.Audio;

/// <summary>
/// Band-limited sample-rate conversion between any two rates: a Kaiser-windowed sinc evaluated through a
/// polyphase table. Used where a format only takes certain rates (Opus: eSpeak's 22.05 kHz to 48 kHz).
/// </summary>
public static class Resampler
{
    /// <summary>Returns <paramref name="audio"/> at <paramref name="targetRate"/> (the same buffer if already there).</summary>
    public static AudioBuffer Resample(AudioBuffer audio, int targetRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        return audio.SampleRate == targetRate
            ? audio
            : new AudioBuffer(Resample(audio.Samples, audio.SampleRate, targetRate), targetRate);
    }

    /// <summary>Converts <paramref name="samples"/> from <paramref name="sourceRate"/> to <paramref name="targetRate"/>.</summary>
    /// <returns>round(length × target / source) samples, time-aligned with the input (no added delay).</returns>
    public static float[] Resample(ReadOnlySpan<float> samples, int sourceRate, int targetRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetRate);

        var filter = PolyphaseFilter.For(sourceRate, targetRate);
        int up = filter.Up;
        int down = filter.Down;

        // Zeros on both sides so every output sample can read a full window of taps without bounds checks.
        int half = filter.HalfTaps;
        var padded = new float[samples.Length + 2 * half + 1];
        samples.CopyTo(padded.AsSpan(half));

        long outLength = ((long)samples.Length * targetRate + sourceRate / 2) / sourceRate;
        var output = new float[outLength];
        for (long j = 0; j < outLength; j++)
        {
            // Output j sits at input time j·down/up: whole part `index`, fraction `phase`/up.
            long position = j * down;
            long index = position / up;
            int phase = (int)(position % up);
            // Taps cover input samples index-half+1 .. index+half, i.e. padded[index+1 ..].
            output[j] = filter.Apply(padded.AsSpan((int)index + 1, 2 * half), phase);
        }

        return output;
    }
}
