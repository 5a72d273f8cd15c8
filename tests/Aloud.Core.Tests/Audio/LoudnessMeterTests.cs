using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class LoudnessMeterTests
{
    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    [InlineData(24000)]
    [InlineData(22050)]
    [InlineData(16000)]
    public void SineWithMinus23DbRmsReadsMinus23Lufs(int sampleRate)
    {
        // EBU Tech 3341 case 1: a 1 kHz tone at -23 dBFS in each stereo channel reads -23.0 LUFS. In mono,
        // the same programme is a tone whose mean square is -23 dB (BS.1770 sums channel powers).
        AudioBuffer tone = TestSignals.Sine(997, TestSignals.AmplitudeForRms(-23), 20, sampleRate);

        double lufs = LoudnessMeter.IntegratedLoudness(tone.Samples, sampleRate);

        Assert.InRange(lufs, -23.1, -22.9);
    }

    [Fact]
    public void PreFilterAndHighPassMatchTheStandardsCoefficientsAt48kHz()
    {
        // ITU-R BS.1770-4 Tables 1 and 2.
        Biquad pre = KWeighting.PreFilter(48000);
        Biquad hp = KWeighting.HighPass(48000);

        Assert.Equal(1.53512485958697, pre.B0, 1e-9);
        Assert.Equal(-2.69169618940638, pre.B1, 1e-9);
        Assert.Equal(1.19839281085285, pre.B2, 1e-9);
        Assert.Equal(-1.69065929318241, pre.A1, 1e-9);
        Assert.Equal(0.73248077421585, pre.A2, 1e-9);
        Assert.Equal(-1.99004745483398, hp.A1, 1e-9);
        Assert.Equal(0.99007225036621, hp.A2, 1e-9);
    }

    [Fact]
    public void SilenceIsMinusInfinityNotNaN()
    {
        var silence = new AudioBuffer(new float[48000 * 3], 48000);

        LoudnessMeasurement m = LoudnessMeter.Measure(silence);

        Assert.True(m.IsSilent);
        Assert.Equal(double.NegativeInfinity, m.IntegratedLufs);
        Assert.Equal(double.NegativeInfinity, m.TruePeakDbtp);
    }

    [Fact]
    public void EmptyAndVeryShortBuffersDoNotCrash()
    {
        Assert.Equal(double.NegativeInfinity, LoudnessMeter.IntegratedLoudness([], 16000));

        // 200 ms is shorter than one 400 ms block: read as a single block rather than as silence.
        AudioBuffer blip = TestSignals.Sine(997, TestSignals.AmplitudeForRms(-20), 0.2, 16000);
        Assert.InRange(LoudnessMeter.IntegratedLoudness(blip.Samples, 16000), -20.3, -19.7);
    }

    [Fact]
    public void RelativeGateIgnoresQuietPassages()
    {
        // 10 s at -20 LUFS then 10 s at -40 LUFS: the quiet half is above the absolute gate (-70) but below
        // the relative gate (about -33), so only the loud half counts. Ungated, the power mean would be ~-23.
        int rate = 48000;
        AudioBuffer audio = TestSignals.Concat(
            TestSignals.Sine(997, TestSignals.AmplitudeForRms(-20), 10, rate),
            TestSignals.Sine(997, TestSignals.AmplitudeForRms(-40), 10, rate));

        double lufs = LoudnessMeter.IntegratedLoudness(audio.Samples, rate);

        Assert.InRange(lufs, -20.1, -19.9);
    }

    [Fact]
    public void AbsoluteGateIgnoresNearSilence()
    {
        // The -80 LUFS tail is below the absolute gate, so it must not drag the reading down.
        int rate = 16000;
        AudioBuffer audio = TestSignals.Concat(
            TestSignals.Sine(997, TestSignals.AmplitudeForRms(-30), 5, rate),
            TestSignals.Sine(997, TestSignals.AmplitudeForRms(-80), 50, rate));

        Assert.InRange(LoudnessMeter.IntegratedLoudness(audio.Samples, rate), -30.15, -29.85);
    }

    [Fact]
    public void TruePeakSeesThePeakBetweenSamples()
    {
        // fs/4 with a 45° phase: every sample lands at ±0.707 of the amplitude, the crests fall between them.
        AudioBuffer tone = TestSignals.Sine(12000, 0.5, 1, 48000, phase: Math.PI / 4);

        double samplePeak = TestSignals.SamplePeakDb(tone.Samples);
        double truePeak = LoudnessMeter.TruePeakDbtp(tone.Samples);

        Assert.InRange(samplePeak, -9.1, -8.9); // 0.5 × 0.707
        Assert.InRange(truePeak, 20 * Math.Log10(0.5) - 0.2, 20 * Math.Log10(0.5) + 0.2);
        Assert.True(truePeak > samplePeak + 2.5);
    }
}
