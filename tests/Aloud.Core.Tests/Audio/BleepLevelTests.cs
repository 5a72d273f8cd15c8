using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class BleepLevelTests
{
    [Theory]
    [InlineData(-30.0)]
    [InlineData(-23.0)]
    [InlineData(-18.0)]
    public void The_bleep_is_as_loud_as_the_speech(double speechLufs)
    {
        const int rate = 16000;
        var amplitude = BleepLevel.Matching(speechLufs, rate);
        var assembler = new ClipAssembler(rate);
        assembler.AddBleep(600, amplitude);
        var bleep = LoudnessMeter.Measure(assembler.ToBuffer());
        Assert.InRange(bleep.IntegratedLufs, speechLufs - 1, speechLufs + 1);
    }

    [Fact]
    public void Speech_loudness_is_the_power_mean_of_the_clips_weighted_by_length()
    {
        // Equal lengths at -20 and -30 LUFS: 10 log10((0.01 + 0.001) / 2) = -22.6 LUFS; a silent clip adds nothing.
        var loudness = BleepLevel.SpeechLoudness([(-20.0, 1000), (-30.0, 1000), (double.NegativeInfinity, 5000)]);
        Assert.Equal(-22.6, loudness, 1);
    }

    [Fact]
    public void Without_a_speech_level_the_default_amplitude_is_used()
    {
        Assert.Equal(ClipAssembler.DefaultBleepAmplitude, BleepLevel.Matching(double.NegativeInfinity, 16000));
    }
}
