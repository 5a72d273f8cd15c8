using System.Text;
using Aloud.Audio.Encoders;
using NLayer;
using Xunit.Abstractions;

namespace Aloud.Tests.Audio.Encoders.Streaming;

public class Mp3StreamEncoderTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void EachSentenceLeavesAtOnceAndTheWholeStreamDecodes(int sampleRate)
    {
        float[][] sentences = Sentences.Three(sampleRate);
        var output = new FlushRecordingStream();
        var sentAfterWrite = new List<long>();

        using (IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Mp3, sampleRate, output, TestTags.Article))
        {
            // The ID3v2 tag leaves before any audio, so a response can start at once.
            int tagLength = Id3Reader.TagLength(output.Prefix(output.Flushed));
            Assert.True(tagLength > 0 && tagLength == output.Flushed, $"flushed {output.Flushed}, tag {tagLength}");
            Assert.Equal(TestTags.Title, Assert.Single(Id3Reader.Frames(output.ToArray()), f => f.Id == "TIT2").Text);

            foreach (float[] sentence in sentences)
            {
                encoder.Write(sentence);
                sentAfterWrite.Add(output.Flushed);
            }

            encoder.Finish();
        }

        byte[] mp3 = output.ToArray();
        List<Mp3Inspector.Frame> frames = Mp3Inspector.Frames(mp3);
        int spf = frames[0].SamplesPerFrame;
        int written = 0;
        for (int i = 0; i < sentences.Length; i++)
        {
            // After each write, the frames for all but LAME's lookahead (a couple of frames) have left; the bytes
            // may end inside a frame (the bit reservoir), which the client completes with the next write.
            written += sentences[i].Length;
            int complete = frames.Count(f => f.Offset + f.Length <= sentAfterWrite[i]);
            log.WriteLine($"after sentence {i + 1}: {sentAfterWrite[i]} bytes, {complete} whole frames, {written} samples in");
            Assert.InRange(complete * spf, written - (4 * spf), written + 1105);
        }

        // Constant bitrate, and no Xing/Info frame: the first frame is already audio.
        Assert.All(frames, f => Assert.True(f.Mono && f.SampleRate == sampleRate && f.BitrateKbps == 48, $"frame {f}"));
        Assert.Null(Mp3Inspector.LameTag(mp3, frames[0]));
        string firstFrame = Encoding.ASCII.GetString(mp3, frames[0].Offset, frames[0].Length);
        Assert.DoesNotContain("Xing", firstFrame);
        Assert.DoesNotContain("Info", firstFrame);

        float[] decoded = Decode(mp3);
        int input = sentences.Sum(s => s.Length);
        log.WriteLine($"{sampleRate} Hz: {frames.Count} frames, decoded {decoded.Length} vs input {input} samples (+{decoded.Length - input})");
        // Without a Xing frame nothing trims LAME's delay (~1105 samples) and the last frame's padding.
        Assert.InRange(decoded.Length, input, input + 1105 + (2 * spf));
        Assert.InRange(TestSignals.RmsDb(decoded), Sentences.RmsDb(sentences) - 2, Sentences.RmsDb(sentences) + 2);
    }

    [Fact]
    public void WithoutTagsTheStreamStartsWithAFrame()
    {
        var output = new FlushRecordingStream();
        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Mp3, 16000, output);

        Assert.Equal(0, output.Flushed);
        encoder.Write(Sentences.Three(16000)[0]);
        encoder.Finish();

        byte[] mp3 = output.ToArray();
        Assert.Equal(0xFF, mp3[0]);
        Assert.Equal(0, Mp3Inspector.Frames(mp3)[0].Offset);
    }

    private static float[] Decode(byte[] mp3)
    {
        using var file = new MpegFile(new MemoryStream(mp3));
        Assert.Equal(1, file.Channels);
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
