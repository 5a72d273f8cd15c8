using Aloud.Audio;

namespace Aloud.Tests.Audio;

/// <summary>The streaming limiter and true-peak meter against their whole-buffer originals, sample for sample.</summary>
public class StreamingPeakLimiterTests
{
    private static float[] Limit(float[] input, int sampleRate, double ceiling, int chunk)
    {
        var output = new List<float>();
        var limiter = new StreamingPeakLimiter(sampleRate, ceiling, (buffer, count) => output.AddRange(buffer.AsSpan(0, count)));
        for (var start = 0; start < input.Length; start += chunk)
        {
            limiter.Write(input.AsSpan(start, Math.Min(chunk, input.Length - start)));
        }
        limiter.Finish();
        return [.. output];
    }

    [Theory]
    [InlineData(16000, 1, 7, -6.0)]      // hard limiting, odd chunks
    [InlineData(16000, 2, 65536, -3.0)]
    [InlineData(22050, 3, 1000, -1.5)]
    [InlineData(24000, 4, 1, -10.0)]     // one sample at a time
    [InlineData(16000, 5, 333, 6.0)]     // nothing reaches the ceiling
    public void Equals_the_whole_buffer_limiter_sample_for_sample(int sampleRate, int seed, int chunk, double ceiling)
    {
        var input = TestSignals.SpeechLike(sampleRate, 3, seed).Samples;
        for (var i = 0; i < input.Length; i++)
        {
            input[i] *= 4; // well over the ceiling in places
        }
        var expected = (float[])input.Clone();
        PeakLimiter.Apply(expected, sampleRate, ceiling);

        var actual = Limit(input, sampleRate, ceiling, chunk);

        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual), "the streamed samples differ from the whole-buffer limiter's");
        if (ceiling < 0)
        {
            Assert.False(input.AsSpan().SequenceEqual(actual), "the limiter did nothing: the test proves nothing");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(50)]
    public void Audio_shorter_than_the_look_ahead_comes_out_whole(int length)
    {
        var input = Enumerable.Range(0, length).Select(i => i % 2 == 0 ? 0.99f : -0.99f).ToArray();
        var expected = (float[])input.Clone();
        PeakLimiter.Apply(expected, 16000, -6);
        Assert.Equal(expected, Limit(input, 16000, -6, 4));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 100)]
    [InlineData(3, 65536)]
    public void Running_true_peak_equals_the_whole_buffer_peak(int seed, int chunk)
    {
        var input = TestSignals.SpeechLike(16000, 5, seed).Samples;
        var meter = new RunningTruePeak();
        for (var start = 0; start < input.Length; start += chunk)
        {
            meter.Write(input.AsSpan(start, Math.Min(chunk, input.Length - start)));
        }
        meter.Finish();
        Assert.Equal(TruePeak.Max(input), meter.Max);
    }
}
