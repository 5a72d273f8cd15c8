using System.Buffers.Binary;
using System.Text;
using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders.Streaming;

public class WavStreamEncoderTests
{
    [Fact]
    public void HeaderSaysUnknownLengthAndEachSentenceLeavesAtOnce()
    {
        float[][] sentences = Sentences.Three(16000);
        var output = new FlushRecordingStream();

        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Wav, 16000, output);
        Assert.Equal(44, output.Flushed);
        long expected = 44;
        foreach (float[] sentence in sentences)
        {
            encoder.Write(sentence);
            expected += sentence.Length * 2;
            Assert.Equal(expected, output.Flushed); // nothing held back
        }

        encoder.Finish();
        byte[] wav = output.ToArray();

        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal(16000, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)));
        Assert.Equal("data", Encoding.ASCII.GetString(wav, 36, 4));
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)));
        float[] joined = Sentences.Joined(sentences);
        Assert.Equal(44 + (joined.Length * 2), wav.Length);
        short last = BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(wav.Length - 2));
        Assert.Equal(Math.Round(joined[^1] * 32767), last);
    }

    [Fact]
    public void TagsComeBeforeTheEndlessDataChunk()
    {
        var output = new FlushRecordingStream();

        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.Wav, 22050, output, TestTags.Article);
        encoder.Finish();
        byte[] wav = output.ToArray();

        Assert.Equal("LIST", Encoding.ASCII.GetString(wav, 36, 4));
        int listSize = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40));
        Assert.Contains(TestTags.Title, Encoding.UTF8.GetString(wav, 44, listSize));
        Assert.Equal("data", Encoding.ASCII.GetString(wav, 44 + listSize, 4));
        Assert.Equal(uint.MaxValue, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(48 + listSize)));
        Assert.Equal(52 + listSize, wav.Length);
    }
}
