using Aloud.Audio;
using Aloud.Audio.Encoders;
using NLayer;
using Xunit.Abstractions;

namespace Aloud.Tests.Audio.Encoders;

public class LameMp3EncoderTests(ITestOutputHelper log)
{
    [Fact]
    public void An_output_that_cannot_seek_gets_the_same_bytes_as_a_file()
    {
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 2.5, 16000);
        using var seekable = new MemoryStream();
        new LameMp3Encoder().Encode(tone, seekable, new AudioTags { Title = "Tone", Voice = "rms" });
        using var oneWay = new ForwardOnlyStream();
        new LameMp3Encoder().Encode(tone, oneWay, new AudioTags { Title = "Tone", Voice = "rms" });

        Assert.Equal(seekable.ToArray(), oneWay.Written.ToArray());
        var frames = Mp3Inspector.Frames(seekable.ToArray());
        Assert.NotNull(Mp3Inspector.LameTag(seekable.ToArray(), frames[0])); // the tag frame was written over its placeholder
    }

    /// <summary>A stream that can only be written forward, like standard output or a network body.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written.Write(buffer, offset, count);
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void ToneDecodesToTheSameDurationNonSilentAndMono(int sampleRate)
    {
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 3.2, sampleRate);
        byte[] mp3 = Encode(tone);

        List<Mp3Inspector.Frame> frames = Mp3Inspector.Frames(mp3);
        Assert.All(frames, f => Assert.True(f.Layer3 && f.Mono && f.SampleRate == sampleRate, $"frame {f}"));
        var tag = Mp3Inspector.LameTag(mp3, frames[0]);
        Assert.NotNull(tag);
        var (delay, padding, frameCount) = tag.Value;

        // The tag's bookkeeping must add up: every audio frame's samples = delay + input + padding.
        Assert.Equal((frames.Count - 1) * frames[0].SamplesPerFrame, delay + tone.Samples.Length + padding);
        Assert.Equal(frames.Count - 1, frameCount); // the tag counts the audio frames, not itself

        float[] decoded = Decode(mp3, out int channels, out int decodedRate);
        Assert.Equal(1, channels);
        Assert.Equal(sampleRate, decodedRate);
        // NLayer reads the LAME tag and drops the delay and padding itself (measured: it returns exactly the
        // input's sample count), so the decoded length is the playing time. It does not also skip the 529-sample
        // decoder delay, so its output lags by that much; ffmpeg decodes these files with zero lag.
        double seconds = (double)decoded.Length / sampleRate;
        log.WriteLine($"{sampleRate} Hz: {frames.Count} frames, delay {delay}, padding {padding}, decoded {decoded.Length} samples = {seconds:F4} s vs {tone.DurationSeconds:F4} s");
        Assert.InRange(seconds, tone.DurationSeconds - 0.05, tone.DurationSeconds + 0.05);
        Assert.InRange(TestSignals.RmsDb(decoded), TestSignals.RmsDb(tone.Samples) - 2, TestSignals.RmsDb(tone.Samples) + 2);

        double kbps = mp3.Length * 8 / tone.DurationSeconds / 1000;
        log.WriteLine($"{sampleRate} Hz: {mp3.Length} bytes, {kbps:F1} kbps");
        Assert.InRange(kbps, 8, 96);
    }

    [Fact]
    public void SpeechLikeAudioLandsInTheSpeechBitrateRange()
    {
        AudioBuffer speech = new LoudnessNormalizer().Normalize(TestSignals.SpeechLike(22050, 20));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        byte[] mp3 = Encode(speech);
        watch.Stop();

        double kbps = mp3.Length * 8 / speech.DurationSeconds / 1000;
        log.WriteLine($"speech-like 22050 Hz: {kbps:F1} kbps, encoded {speech.DurationSeconds / watch.Elapsed.TotalSeconds:F0}x real time");
        Assert.InRange(kbps, 24, 96);
    }

    private static byte[] Encode(AudioBuffer audio)
    {
        var output = new MemoryStream();
        new LameMp3Encoder().Encode(audio, output);
        return output.ToArray();
    }

    private static float[] Decode(byte[] mp3, out int channels, out int sampleRate)
    {
        using var file = new MpegFile(new MemoryStream(mp3));
        channels = file.Channels;
        sampleRate = file.SampleRate;
        var all = new List<float>();
        var buffer = new float[4096];
        int read;
        while ((read = file.ReadSamples(buffer, 0, buffer.Length)) > 0)
        {
            all.AddRange(buffer.AsSpan(0, read));
        }

        return all.ToArray();
    }
}
