using Aloud.Audio;
using Xunit.Abstractions;

namespace Aloud.Tests.Audio;

public class StreamingLoudnessLevelerTests(ITestOutputHelper log)
{
    private const int Rate = 16000;

    [Fact]
    public void AQuietClipThenLoudClipsAllEndNearTheTargetUnderTheCeiling()
    {
        var leveler = new StreamingLoudnessLeveler(Rate);
        AudioBuffer[] clips =
        [
            Clip(seed: 1, lufs: -32),
            Clip(seed: 2, lufs: -10),
            Clip(seed: 3, lufs: -10),
            Clip(seed: 4, lufs: -11),
            Clip(seed: 5, lufs: -9),
        ];

        var all = new List<float>();
        foreach (AudioBuffer clip in clips)
        {
            float[] levelled = leveler.Level(clip.Samples);
            LoudnessMeasurement m = LoudnessMeter.Measure(new AudioBuffer(levelled, Rate));
            log.WriteLine($"in {LoudnessMeter.IntegratedLoudness(clip.Samples, Rate):F1} LUFS -> gain {leveler.GainDb:+0.0;-0.0} dB -> {m.IntegratedLufs:F1} LUFS, {m.TruePeakDbtp:F2} dBTP");
            // Each clip is measured by the standard on its own here, with its edges under-weighted (a 400 ms block
            // covers a clip's first 100 ms once, its middle four times): measured up to 1.7 LU apart from the
            // same clip inside the stream. The stream as a whole is what the target is for.
            Assert.InRange(m.IntegratedLufs, -18, -14);
            Assert.True(m.TruePeakDbtp <= -1.0, $"true peak {m.TruePeakDbtp:F2} dBTP");
            all.AddRange(levelled);
        }

        double overall = LoudnessMeter.IntegratedLoudness(all.ToArray(), Rate);
        log.WriteLine($"whole stream: {overall:F2} LUFS, sample peak {TestSignals.SamplePeakDb(all.ToArray()):F2} dBFS");
        Assert.InRange(overall, -16.75, -15.25);
        Assert.True(TestSignals.SamplePeakDb(all.ToArray()) <= -1.0);
    }

    [Fact]
    public void SteadyClipsGetASteadyGain()
    {
        var leveler = new StreamingLoudnessLeveler(Rate);
        var gains = new List<double>();
        for (int seed = 1; seed <= 6; seed++)
        {
            leveler.Level(Clip(seed, lufs: -24).Samples);
            gains.Add(leveler.GainDb);
        }

        log.WriteLine(string.Join(", ", gains.Select(g => g.ToString("F2"))));
        // About +8 dB every clip. The first clip alone is a small sample of the voice (measured: the history of
        // two clips read 1.1 LU louder); from then on the reading hardly moves, so neither does the gain.
        Assert.All(gains, g => Assert.InRange(g, 6.5, 9));
        Assert.InRange(gains.Skip(1).Max() - gains.Skip(1).Min(), 0, 0.75);
    }

    [Fact]
    public void GainRisesNoFasterThanTheLimitPerClip()
    {
        var leveler = new StreamingLoudnessLeveler(Rate, maxRiseDbPerClip: 0.5);
        leveler.Level(Clip(seed: 1, lufs: -8).Samples);
        double previous = leveler.GainDb;
        Assert.InRange(previous, -9, -7);

        // Quieter speech (6 LU down, so the relative gate keeps it): the wanted gain rises by ~1 dB a clip at
        // first (measured with no limit: 0.88, 1.17, 0.64), the applied one by at most the limit.
        var rises = new List<double>();
        for (int seed = 2; seed <= 8; seed++)
        {
            leveler.Level(Clip(seed, lufs: -14).Samples);
            rises.Add(leveler.GainDb - previous);
            previous = leveler.GainDb;
        }

        log.WriteLine("rises: " + string.Join(", ", rises.Select(r => r.ToString("F2"))));
        Assert.All(rises, r => Assert.InRange(r, -0.5, 0.5001));
        Assert.Contains(rises, r => r > 0.499); // the limit did hold the gain back
        Assert.InRange(previous, -8, -4); // still on its way to the quieter speech's level
    }

    [Fact]
    public void SilenceBeforeSpeechIsLeftAloneAndTheFirstSpeechGetsItsFullGain()
    {
        var leveler = new StreamingLoudnessLeveler(Rate);

        float[] silence = leveler.Level(new float[Rate]);
        Assert.All(silence, s => Assert.Equal(0f, s));
        Assert.Equal(0, leveler.GainDb);

        float[] speech = leveler.Level(Clip(seed: 1, lufs: -28).Samples);
        Assert.InRange(LoudnessMeter.IntegratedLoudness(speech, Rate), -17, -15);
    }

    private static AudioBuffer Clip(int seed, double lufs)
    {
        AudioBuffer raw = TestSignals.SpeechLike(Rate, 4, seed);
        double gain = Math.Pow(10, (lufs - LoudnessMeter.IntegratedLoudness(raw.Samples, Rate)) / 20);
        return new AudioBuffer(raw.Samples.Select(s => (float)(s * gain)).ToArray(), Rate);
    }
}
