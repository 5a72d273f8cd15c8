using Aloud.Audio;

namespace Aloud.Tests.Audio;

/// <summary>The streaming normaliser gives exactly what the whole-buffer one gave, from memory or from disk.</summary>
public class LoudnessNormalizerStreamingTests
{
    [Theory]
    [InlineData(16000, 1, 20.0, 1.0)]
    [InlineData(22050, 2, 12.0, 1.0)]
    [InlineData(16000, 3, 8.0, 0.05)]   // quiet: gain, no limiting
    [InlineData(24000, 4, 6.0, 6.0)]    // hot: hard limiting and several passes
    public void Equals_the_whole_buffer_normaliser(int sampleRate, int seed, double seconds, double scale)
    {
        var source = TestSignals.SpeechLike(sampleRate, seconds, seed);
        for (var i = 0; i < source.Samples.Length; i++)
        {
            source.Samples[i] *= (float)scale;
        }
        var (expected, expectedLoudness) = WholeBufferLoudnessNormalizer.NormalizeAndMeasure(source);

        var (actual, loudness) = new LoudnessNormalizer().NormalizeAndMeasure(source);

        Assert.True(expected.Samples.AsSpan().SequenceEqual(actual.Samples), "the samples differ");
        Assert.Equal(expectedLoudness, loudness);
    }

    [Fact]
    public void From_a_spill_on_disk_the_result_is_the_same_and_lands_on_disk()
    {
        var source = TestSignals.SpeechLike(16000, 10, 7);
        var (expected, expectedLoudness) = WholeBufferLoudnessNormalizer.NormalizeAndMeasure(source);
        using var input = new PcmSpill(16000, memoryLimitSamples: 10_000);
        input.Append(source.Samples);
        using var output = new PcmSpill(16000, memoryLimitSamples: 10_000);

        var loudness = new LoudnessNormalizer().NormalizeInto(input, null, output);

        Assert.True(input.OnDisk && output.OnDisk);
        var samples = new float[output.Length];
        output.Read(0, samples);
        Assert.True(expected.Samples.AsSpan().SequenceEqual(samples), "the samples differ");
        Assert.Equal(expectedLoudness, loudness);
        Assert.InRange(loudness.IntegratedLufs, -16.5, -15.5);
    }

    [Fact]
    public void Silence_is_copied_unchanged()
    {
        using var input = new PcmSpill(16000);
        input.AppendSilence(20_000);
        using var output = new PcmSpill(16000);
        var loudness = new LoudnessNormalizer().NormalizeInto(input, null, output);
        Assert.True(loudness.IsSilent);
        Assert.Equal(20_000, output.Length);
    }
}
