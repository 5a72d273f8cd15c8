namespace Aloud.Audio;

/// <summary>
/// The amplitude that gives the 1 kHz bleep the same integrated loudness (BS.1770) as the speech around it, so the
/// bleep is neither a jolt nor lost. The speech level is the duration-weighted power mean of the clips' own
/// loudness, which needs no second copy of the audio.
/// </summary>
public static class BleepLevel
{
    private const double ToneHz = 1000;
    private const double ProbeMs = 400;

    // Peaks above this would eat into the limiter's headroom for no gain in clarity.
    private const float MaxAmplitude = 0.7f;

    /// <summary>The bleep amplitude for speech of <paramref name="speechLufs"/> at <paramref name="sampleRate"/>.</summary>
    public static float Matching(double speechLufs, int sampleRate)
    {
        if (double.IsNegativeInfinity(speechLufs) || double.IsNaN(speechLufs))
        {
            return ClipAssembler.DefaultBleepAmplitude;
        }
        var count = (int)(ProbeMs * sampleRate / 1000);
        var tone = new float[count];
        for (var i = 0; i < count; i++)
        {
            tone[i] = MathF.Sin((float)(2 * Math.PI * ToneHz * i / sampleRate));
        }
        var fullScaleLufs = LoudnessMeter.IntegratedLoudness(tone, sampleRate);
        var amplitude = Math.Pow(10, (speechLufs - fullScaleLufs) / 20);
        return (float)Math.Min(MaxAmplitude, amplitude);
    }

    /// <summary>The loudness of several clips together, from each clip's loudness and length (silent clips add nothing).</summary>
    public static double SpeechLoudness(IEnumerable<(double Lufs, int Samples)> clips)
    {
        ArgumentNullException.ThrowIfNull(clips);
        double power = 0;
        long samples = 0;
        foreach (var (lufs, length) in clips)
        {
            if (double.IsNegativeInfinity(lufs) || length <= 0)
            {
                continue;
            }
            power += length * Math.Pow(10, lufs / 10);
            samples += length;
        }
        return samples == 0 ? double.NegativeInfinity : 10 * Math.Log10(power / samples);
    }
}
