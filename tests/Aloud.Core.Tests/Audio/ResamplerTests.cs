using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class ResamplerTests
{
    [Theory]
    [InlineData(22050, 48000)]
    [InlineData(16000, 48000)]
    [InlineData(22050, 24000)]
    [InlineData(48000, 22050)]
    [InlineData(44100, 16000)]
    public void SineKeepsFrequencyAmplitudeAndDuration(int from, int to)
    {
        AudioBuffer tone = TestSignals.Sine(1000, 0.5, 2, from);

        AudioBuffer resampled = Resampler.Resample(tone, to);

        Assert.Equal(to, resampled.SampleRate);
        Assert.Equal((int)Math.Round(tone.Samples.Length * (double)to / from), resampled.Samples.Length);

        // Away from the edges (where the filter sees the zeros outside the signal): 1 s of the middle.
        ReadOnlySpan<float> middle = resampled.Samples.AsSpan(to / 2, to);
        Assert.InRange(ZeroCrossings(middle), 1999, 2001);
        Assert.InRange(TestSignals.RmsDb(middle) - TestSignals.RmsDb(tone.Samples.AsSpan(from / 2, from)), -0.5, 0.5);
    }

    [Fact]
    public void OutputIsTimeAlignedWithTheInput()
    {
        // The resampled tone must match the ideal tone at the new rate sample by sample: no added delay.
        AudioBuffer resampled = Resampler.Resample(TestSignals.Sine(1000, 0.5, 1, 22050), 48000);
        AudioBuffer ideal = TestSignals.Sine(1000, 0.5, 1, 48000);

        for (int i = 12000; i < 36000; i += 101)
        {
            Assert.Equal(ideal.Samples[i], resampled.Samples[i], 0.005);
        }
    }

    [Fact]
    public void DownsamplingRemovesWhatTheNewRateCannotCarry()
    {
        // 10 kHz is above 16 kHz's Nyquist frequency: it must be filtered out, not folded down to 6 kHz.
        AudioBuffer tone = TestSignals.Sine(10000, 0.5, 1, 48000);

        AudioBuffer resampled = Resampler.Resample(tone, 16000);

        Assert.True(TestSignals.RmsDb(resampled.Samples.AsSpan(4000, 8000)) < -70);
    }

    [Fact]
    public void SameRateReturnsTheSameBuffer()
    {
        AudioBuffer tone = TestSignals.Sine(1000, 0.5, 0.1, 16000);

        Assert.Same(tone, Resampler.Resample(tone, 16000));
    }

    private static int ZeroCrossings(ReadOnlySpan<float> samples)
    {
        int count = 0;
        for (int i = 1; i < samples.Length; i++)
        {
            if ((samples[i - 1] < 0) != (samples[i] < 0))
            {
                count++;
            }
        }

        return count;
    }
}
