using Aloud.Audio;

namespace Aloud.Tests.Audio;

/// <summary>Synthetic signals for the audio tests; seeded so every run sees the same samples.</summary>
internal static class TestSignals
{
    public static AudioBuffer Sine(double frequency, double amplitude, double seconds, int sampleRate, double phase = 0)
    {
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin((2 * Math.PI * frequency * i / sampleRate) + phase));
        }

        return new AudioBuffer(samples, sampleRate);
    }

    /// <summary>Amplitude of a sine whose RMS level is <paramref name="rmsDb"/> dBFS.</summary>
    public static double AmplitudeForRms(double rmsDb) => Math.Sqrt(2) * Math.Pow(10, rmsDb / 20);

    public static AudioBuffer Concat(params AudioBuffer[] parts)
    {
        return new AudioBuffer(parts.SelectMany(p => p.Samples).ToArray(), parts[0].SampleRate);
    }

    /// <summary>
    /// Something with speech's awkward properties: voiced "syllables" (a buzzy harmonic tone with a gliding
    /// pitch under a raised-cosine envelope), fricative noise bursts, sharp plosive clicks, and pauses; levels
    /// vary by ±8 dB, so the crest factor is high and a plain gain to -16 LUFS would clip.
    /// </summary>
    public static AudioBuffer SpeechLike(int sampleRate, double seconds, int seed = 1)
    {
        var random = new Random(seed);
        var samples = new float[(int)(seconds * sampleRate)];
        int n = 0;
        while (n < samples.Length)
        {
            double level = 0.08 * Math.Pow(10, (random.NextDouble() - 0.5) * 16 / 20);
            int length = (int)(sampleRate * (0.12 + (0.2 * random.NextDouble())));
            int kind = random.Next(6);
            double pitch = 100 + (100 * random.NextDouble());
            double[] phases = Enumerable.Range(0, 100).Select(_ => 2 * Math.PI * random.NextDouble()).ToArray();
            for (int i = 0; i < length && n + i < samples.Length; i++)
            {
                double envelope = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / length));
                double t = (double)i / sampleRate;
                double value = kind switch
                {
                    0 => (random.NextDouble() * 2) - 1, // fricative
                    1 when i < sampleRate / 200 => random.NextDouble() < 0.5 ? -4 : 4, // plosive click
                    _ => Voiced(pitch * (1 + (0.2 * t)), t, sampleRate, phases),
                };
                samples[n + i] = (float)(level * envelope * value);
            }

            n += length + (int)(sampleRate * 0.3 * random.NextDouble()); // pause
        }

        return new AudioBuffer(samples, sampleRate);
    }

    private static double Voiced(double pitch, double t, int sampleRate, double[] phases)
    {
        // A 1/h harmonic series like glottal pulses; the first harmonics in phase keep it peaky, the rest
        // scattered as a vocal tract would leave them.
        double sum = 0;
        for (int h = 1; h * pitch < sampleRate / 2.5 && h < phases.Length; h++)
        {
            sum += Math.Cos((2 * Math.PI * h * pitch * t) + (h <= 4 ? 0 : phases[h])) / h;
        }

        return sum / 2;
    }

    public static double RmsDb(ReadOnlySpan<float> samples)
    {
        double sum = 0;
        foreach (float s in samples)
        {
            sum += s * (double)s;
        }

        return 10 * Math.Log10(sum / samples.Length);
    }

    public static double SamplePeakDb(ReadOnlySpan<float> samples)
    {
        float peak = 0;
        foreach (float s in samples)
        {
            peak = Math.Max(peak, Math.Abs(s));
        }

        return 20 * Math.Log10(peak);
    }
}
