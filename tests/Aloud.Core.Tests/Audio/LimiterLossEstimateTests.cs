using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class LimiterLossEstimateTests
{
    private const int Rate = 16000;

    [Theory]
    [InlineData(1, 17.0)]
    [InlineData(2, 18.0)]
    [InlineData(3, 14.0)]
    public void Is_close_to_the_loss_the_limiter_causes_over_the_whole_audio(int seed, double gainDb)
    {
        // Four minutes: 58 chunks, of which 8 are measured.
        var audio = TestSignals.SpeechLike(Rate, 240, seed);
        const double ceiling = -1.5;

        var estimate = LimiterLossEstimate.Decibels(audio, gainDb, ceiling);

        var raised = audio.Samples.Select(s => s * (float)Math.Pow(10, gainDb / 20)).ToArray();
        var plainLufs = LoudnessMeter.IntegratedLoudness(raised, Rate);
        PeakLimiter.Apply(raised, Rate, ceiling);
        var actual = plainLufs - LoudnessMeter.IntegratedLoudness(raised, Rate);
        Assert.True(actual > 0.05, $"the case must limit for the comparison to mean something (loss {actual:F3} LU)");
        Assert.InRange(estimate, actual - 0.1, actual + 0.1);
    }

    [Fact]
    public void Leaves_a_signal_limited_very_hard_to_the_passes()
    {
        // At +30 dB the limiter takes far more than 3 LU off; the first pass aims at most 3 dB past the target.
        Assert.Equal(3.0, LimiterLossEstimate.Decibels(TestSignals.SpeechLike(Rate, 60, 5), 30, -1.5));
    }

    [Fact]
    public void Is_zero_where_nothing_reaches_the_ceiling()
    {
        var audio = TestSignals.SpeechLike(Rate, 60, 4);
        Assert.Equal(0, LimiterLossEstimate.Decibels(audio, -20, -1.5));
    }

    [Fact]
    public void Is_zero_for_silence_and_for_no_audio()
    {
        Assert.Equal(0, LimiterLossEstimate.Decibels(new AudioBuffer(new float[Rate * 10], Rate), 10, -1.5));
        Assert.Equal(0, LimiterLossEstimate.Decibels(new AudioBuffer([], Rate), 10, -1.5));
    }
}
