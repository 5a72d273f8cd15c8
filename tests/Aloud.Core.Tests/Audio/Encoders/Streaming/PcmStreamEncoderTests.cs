using System.Buffers.Binary;
using Aloud.Audio;
using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders.Streaming;

public class PcmStreamEncoderTests
{
    [Fact]
    public void SixteenKilohertzComesOutAt24KilohertzSampleForSampleAsTheBatchResampler()
    {
        float[][] sentences = Sentences.Three(16000);
        var output = new FlushRecordingStream();

        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Pcm, 16000, output);
        Assert.Equal(0, output.Flushed); // no header at all
        foreach (float[] sentence in sentences)
        {
            long before = output.Flushed;
            encoder.Write(sentence);
            // All but the resampler's few held-back samples leave at once.
            Assert.InRange(output.Flushed - before, (sentence.Length * 3) - 200, (sentence.Length * 3) + 200);
        }

        encoder.Finish();
        short[] pcm = Shorts(output.ToArray());

        float[] expected = Resampler.Resample(Sentences.Joined(sentences), 16000, 24000);
        Assert.Equal(expected.Length, pcm.Length);
        for (int i = 0; i < pcm.Length; i++)
        {
            Assert.Equal(Math.Round(Math.Clamp(expected[i], -1, 1) * 32767), pcm[i], 1.0);
        }
    }

    [Fact]
    public void TwentyFourKilohertzPassesStraightThrough()
    {
        float[] samples = [0f, 0.5f, -0.5f, 1f, -1f];
        var output = new FlushRecordingStream();

        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Pcm, AudioEncoders.PcmSampleRate, output);
        encoder.Write(samples);
        Assert.Equal(10, output.Flushed);
        encoder.Finish();

        Assert.Equal(new short[] { 0, 16384, -16384, 32767, -32767 }, Shorts(output.ToArray()));
    }

    private static short[] Shorts(byte[] bytes)
    {
        Assert.Equal(0, bytes.Length % 2);
        return Enumerable.Range(0, bytes.Length / 2).Select(i => BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(2 * i))).ToArray();
    }
}
