using Aloud.Audio;

namespace Aloud.Tests.Audio;

/// <summary>
/// The loudness normaliser as it was before it streamed: every pass over the whole buffer in memory, with
/// <see cref="PeakLimiter.Apply"/> and the whole-buffer meter. Kept here as the reference the streaming
/// <see cref="LoudnessNormalizer"/> must equal sample for sample.
/// </summary>
internal static class WholeBufferLoudnessNormalizer
{
    public static (AudioBuffer Audio, LoudnessMeasurement Loudness) NormalizeAndMeasure(AudioBuffer audio, double target = -16, double ceiling = -1)
    {
        LoudnessMeasurement before = LoudnessMeter.Measure(audio);
        if (before.IsSilent)
        {
            return (audio, before);
        }

        double limiterCeiling = ceiling - 0.5;

        // Where the first pass aims is the production normaliser's policy, not part of what this reference checks.
        double gainDb = target - before.IntegratedLufs;
        gainDb += LimiterLossEstimate.Decibels(audio, gainDb, limiterCeiling);
        (double Gain, double Lufs)? previous = null;
        float[] result = new float[audio.Samples.Length];
        for (int pass = 0; pass < 6; pass++)
        {
            float gain = (float)Math.Pow(10, gainDb / 20);
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = audio.Samples[i] * gain;
            }

            PeakLimiter.Apply(result, audio.SampleRate, limiterCeiling);
            LoudnessMeasurement after = LoudnessMeter.Measure(new AudioBuffer(result, audio.SampleRate));
            bool peakOk = after.TruePeakDbtp <= ceiling;
            if (peakOk && Math.Abs(after.IntegratedLufs - target) <= 0.2)
            {
                return (new AudioBuffer(result, audio.SampleRate), after);
            }

            if (!peakOk)
            {
                limiterCeiling -= after.TruePeakDbtp - ceiling + 0.1;
            }

            double slope = 1.0;
            if (previous is { } p && Math.Abs(gainDb - p.Gain) > 1e-3)
            {
                slope = Math.Clamp((after.IntegratedLufs - p.Lufs) / (gainDb - p.Gain), 0.1, 1.0);
            }

            previous = (gainDb, after.IntegratedLufs);
            gainDb += (target - after.IntegratedLufs) / slope;
        }

        double peak = LoudnessMeter.TruePeakDbtp(result);
        if (peak > ceiling)
        {
            float cut = (float)Math.Pow(10, (ceiling - peak - 0.05) / 20);
            for (int i = 0; i < result.Length; i++)
            {
                result[i] *= cut;
            }
        }

        var enforced = new AudioBuffer(result, audio.SampleRate);
        return (enforced, LoudnessMeter.Measure(enforced));
    }
}
