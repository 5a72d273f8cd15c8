using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class RunningLoudnessTests
{
    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void AfterEveryPieceItReadsWhatTheMeterReadsOverEverythingSoFar(int sampleRate)
    {
        float[] audio = TestSignals.SpeechLike(sampleRate, 6, seed: 11).Samples;
        // Quiet second half, so the relative gate has something to drop.
        for (int i = audio.Length / 2; i < audio.Length; i++)
        {
            audio[i] *= 0.05f;
        }

        var running = new RunningLoudness(sampleRate);
        int offset = 0;
        foreach (int size in new[] { 700, 1, 2500, 9000, 31, 20000, 40000, 1000000 })
        {
            int take = Math.Min(size, audio.Length - offset);
            running.Add(audio.AsSpan(offset, take));
            offset += take;

            double expected = LoudnessMeter.IntegratedLoudness(audio.AsSpan(0, offset), sampleRate);
            Assert.Equal(expected, running.IntegratedLufs, 9);
        }

        Assert.Equal(audio.Length, offset);
    }

    [Fact]
    public void SilenceReadsMinusInfinity()
    {
        var running = new RunningLoudness(16000);
        Assert.Equal(double.NegativeInfinity, running.IntegratedLufs);

        running.Add(new float[16000]);

        Assert.Equal(double.NegativeInfinity, running.IntegratedLufs);
    }
}
