using Aloud.Audio;

namespace Aloud.Tests.Audio;

public class StreamingResamplerTests
{
    [Theory]
    [InlineData(16000, 24000)]
    [InlineData(22050, 48000)]
    [InlineData(24000, 16000)]
    [InlineData(22050, 24000)]
    public void PiecesGiveExactlyTheBatchResult(int from, int to)
    {
        float[] input = TestSignals.SpeechLike(from, 1.3, seed: 5).Samples;
        // Awkward piece sizes: empty, single samples, shorter than the filter, and long.
        int[] sizes = [0, 1, 7, 1, 50, 3001, 0, 12345];
        var resampler = new StreamingResampler(from, to);
        var output = new List<float>();
        int offset = 0;
        foreach (int size in sizes.Concat(Enumerable.Repeat(10007, 100)))
        {
            int take = Math.Min(size, input.Length - offset);
            output.AddRange(resampler.Write(input.AsSpan(offset, take)));
            offset += take;
        }

        Assert.Equal(input.Length, offset);
        output.AddRange(resampler.Finish());

        float[] batch = Resampler.Resample(input, from, to);
        Assert.Equal(batch.Length, output.Count);
        for (int i = 0; i < batch.Length; i++)
        {
            Assert.Equal(batch[i], output[i], 1e-6f);
        }
    }

    [Fact]
    public void HoldsBackOnlyTheFilterTaps()
    {
        var resampler = new StreamingResampler(16000, 24000);

        float[] first = resampler.Write(new float[16000]);

        // One second in: all but ~36 input samples' worth (HalfTaps) comes out at once.
        Assert.InRange(first.Length, 24000 - 60, 24000 - 1);
        Assert.Equal(24000 - first.Length, resampler.Finish().Length);
        Assert.Empty(resampler.Finish());
        Assert.Throws<InvalidOperationException>(() => resampler.Write(new float[1]));
    }
}
