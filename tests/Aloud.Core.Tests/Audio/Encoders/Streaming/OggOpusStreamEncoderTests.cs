using System.Buffers.Binary;
using Aloud.Audio.Encoders;
using Aloud.Tests.Audio.Encoders.Ogg;
using Concentus;

namespace Aloud.Tests.Audio.Encoders.Streaming;

public class OggOpusStreamEncoderTests
{
    [Theory]
    [InlineData(16000)]
    [InlineData(22050)] // resampled to 48 kHz on the way
    public void EachSentenceLeavesAsWholePagesAndTheStreamEndsAtTheExactLength(int sampleRate)
    {
        float[][] sentences = Sentences.Three(sampleRate);
        var output = new FlushRecordingStream();

        using (IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.OggOpus, sampleRate, output, TestTags.Article))
        {
            // The two header pages leave before any audio.
            List<OggPage> headers = OggReader.Pages(output.Prefix(output.Flushed));
            Assert.Equal(2, headers.Count);
            Assert.Contains($"TITLE={TestTags.Title}", OpusTagsReader.Read(OggReader.Packets(headers)[1].Data).Comments);

            int pagesBefore = 2;
            foreach (float[] sentence in sentences)
            {
                encoder.Write(sentence);
                // What has left is whole pages (no packet cut off), with new audio, and the stream is still open.
                List<OggPage> sent = OggReader.Pages(output.Prefix(output.Flushed));
                Assert.True(sent.Count > pagesBefore, "no page left after a sentence");
                Assert.False(sent[^1].EndOfStream);
                OggReader.Packets(sent); // asserts no packet is left unfinished
                pagesBefore = sent.Count;
            }

            encoder.Finish();
        }

        List<OggPage> pages = OggReader.Pages(output.ToArray());
        for (int i = 0; i < pages.Count; i++)
        {
            Assert.Equal(pages[i].ComputedCrc, pages[i].StoredCrc);
            Assert.Equal((uint)i, pages[i].Sequence);
            Assert.Equal(pages[0].Serial, pages[i].Serial);
            Assert.Equal(i == 0, pages[i].BeginOfStream);
            Assert.Equal(i == pages.Count - 1, pages[i].EndOfStream);
        }

        long[] granules = pages.Select(p => p.Granule).Where(g => g != -1).ToArray();
        Assert.Equal(granules.Order(), granules);

        var packets = OggReader.Packets(pages);
        int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(packets[0].Data.AsSpan(10));
        Assert.Equal((uint)sampleRate, BinaryPrimitives.ReadUInt32LittleEndian(packets[0].Data.AsSpan(12)));
        double seconds = (pages[^1].Granule - preSkip) / 48000.0;
        // Exact to the 48 kHz sample (the resampler gives round(n × 48000 / rate) samples).
        Assert.InRange(seconds, Sentences.Seconds(sentences, sampleRate) - (1 / 48000.0), Sentences.Seconds(sentences, sampleRate) + (1 / 48000.0));

        float[] decoded = Decode(packets.Skip(2).Select(p => p.Data));
        Assert.True(decoded.Length >= pages[^1].Granule);
        ReadOnlySpan<float> playable = decoded.AsSpan(preSkip, (int)(pages[^1].Granule - preSkip));
        Assert.InRange(TestSignals.RmsDb(playable), Sentences.RmsDb(sentences) - 1.5, Sentences.RmsDb(sentences) + 1.5);
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    public void PiecesGiveTheSamePacketsAsTheWholeBufferInOneWrite(int sampleRate)
    {
        // Frames and the resampler do not care where the writes split the audio: the codec sees the same input.
        float[][] sentences = Sentences.Three(sampleRate);

        Assert.Equal(AudioPackets([Sentences.Joined(sentences)], sampleRate), AudioPackets(sentences, sampleRate));
    }

    private static List<byte[]> AudioPackets(float[][] pieces, int sampleRate)
    {
        var output = new FlushRecordingStream();
        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(StreamFormat.OggOpus, sampleRate, output);
        foreach (float[] piece in pieces)
        {
            encoder.Write(piece);
        }

        encoder.Finish();
        return OggReader.Packets(OggReader.Pages(output.ToArray())).Skip(2).Select(p => p.Data).ToList();
    }

    private static float[] Decode(IEnumerable<byte[]> packets)
    {
        using IOpusDecoder decoder = OpusCodecFactory.CreateDecoder(48000, 1);
        var all = new List<float>();
        var frame = new float[5760];
        foreach (byte[] packet in packets)
        {
            int samples = decoder.Decode(packet, frame, frame.Length, false);
            all.AddRange(frame.AsSpan(0, samples));
        }

        return all.ToArray();
    }
}
