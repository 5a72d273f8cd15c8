using Aloud.Audio;
using Xunit.Abstractions;

namespace Aloud.Tests.Audio;

public class LoudnessNormalizerTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData(16000, 1, 30)]
    [InlineData(22050, 2, 30)]
    [InlineData(48000, 3, 15)]
    public void SpeechLikeSignalEndsAtTargetUnderTheCeiling(int sampleRate, int seed, double seconds)
    {
        AudioBuffer speech = TestSignals.SpeechLike(sampleRate, seconds, seed);
        LoudnessMeasurement before = LoudnessMeter.Measure(speech);
        // The premise: a plain gain to -16 LUFS would push the peaks over the ceiling, so the limiter must work.
        Assert.True(before.TruePeakDbtp + (-16 - before.IntegratedLufs) > 0, $"premise: {before}");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        AudioBuffer normalized = new LoudnessNormalizer().Normalize(speech);
        log.WriteLine($"normalised {speech.DurationSeconds:F0} s in {watch.Elapsed.TotalSeconds:F2} s");
        LoudnessMeasurement after = LoudnessMeter.Measure(normalized);

        log.WriteLine($"{sampleRate} Hz before {before.IntegratedLufs:F2} LUFS / {before.TruePeakDbtp:F2} dBTP (PLR {before.TruePeakDbtp - before.IntegratedLufs:F1} dB), after {after.IntegratedLufs:F2} LUFS / {after.TruePeakDbtp:F2} dBTP");
        Assert.InRange(after.IntegratedLufs, -16.5, -15.5);
        Assert.True(after.TruePeakDbtp <= -1.0, $"true peak {after.TruePeakDbtp:F2} dBTP");
        Assert.Equal(speech.Samples.Length, normalized.Samples.Length);
        Assert.Equal(sampleRate, normalized.SampleRate);
    }

    [Fact]
    public void QuietCleanSignalIsOnlyGained()
    {
        // A tone has a low crest factor: reaching -16 LUFS needs no limiting, so the shape must be untouched.
        AudioBuffer tone = TestSignals.Sine(440, 0.05, 5, 24000);

        AudioBuffer normalized = new LoudnessNormalizer(targetLufs: -16).Normalize(tone);

        Assert.InRange(LoudnessMeter.IntegratedLoudness(normalized.Samples, 24000), -16.2, -15.8);
        double ratio = normalized.Samples[1000] / (double)tone.Samples[1000];
        for (int i = 0; i < tone.Samples.Length; i += 997)
        {
            Assert.Equal(tone.Samples[i] * ratio, normalized.Samples[i], 1e-4);
        }
    }

    [Fact]
    public void HonoursOtherTargets()
    {
        AudioBuffer speech = TestSignals.SpeechLike(16000, 20, seed: 4);

        AudioBuffer normalized = new LoudnessNormalizer(targetLufs: -19, truePeakCeilingDbtp: -2).Normalize(speech);
        LoudnessMeasurement after = LoudnessMeter.Measure(normalized);

        Assert.InRange(after.IntegratedLufs, -19.5, -18.5);
        Assert.True(after.TruePeakDbtp <= -2.0, $"true peak {after.TruePeakDbtp:F2} dBTP");
    }

    [Fact]
    public void TheReturnedMeasurementIsTheResultsOwn()
    {
        AudioBuffer speech = TestSignals.SpeechLike(16000, 12, 4);
        var (normalized, loudness) = new LoudnessNormalizer().NormalizeAndMeasure(speech);
        LoudnessMeasurement measured = LoudnessMeter.Measure(normalized);
        Assert.Equal(measured.IntegratedLufs, loudness.IntegratedLufs, 6);
        Assert.Equal(measured.TruePeakDbtp, loudness.TruePeakDbtp, 6);
    }

    [Fact]
    public void SilenceComesBackUnchanged()
    {
        var silence = new AudioBuffer(new float[16000 * 2], 16000);

        AudioBuffer result = new LoudnessNormalizer().Normalize(silence);

        Assert.Same(silence, result);
        Assert.All(result.Samples, s => Assert.Equal(0f, s));
    }
}
