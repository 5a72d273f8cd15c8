namespace Aloud.Speech;

/// <summary>Converts engines' 16-bit PCM to the pipeline's float samples.</summary>
internal static class Pcm16
{
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
