using System.Buffers.Binary;
using System.Text;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Tests.Audio.Encoders.Ogg;
using Concentus;

namespace Aloud.Tests.Audio.Encoders;

public class OggOpusEncoderTests
{
    [Fact]
    public void TheSameAudioGivesTheSameBytesAndOtherAudioAnotherSerial()
    {
        // The stream serial is derived from the content, not drawn at random, so two runs give one file.
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 1.5, 16000);
        AudioBuffer other = TestSignals.Sine(660, 0.3, 1.5, 16000);

        byte[] first = Encode(tone);
        Assert.Equal(first, Encode(tone));
        Assert.NotEqual(OggReader.Pages(first)[0].Serial, OggReader.Pages(Encode(other))[0].Serial);
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)]
    [InlineData(48000)]
    public void WritesAValidOggOpusStreamWithTheExactDuration(int sampleRate)
    {
        // An odd length, so the last frame really is padded and the end trimming matters.
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 3.2137, sampleRate);

        List<OggPage> pages = OggReader.Pages(Encode(tone));

        Assert.True(pages.Count >= 4);
        for (int i = 0; i < pages.Count; i++)
        {
            OggPage page = pages[i];
            Assert.Equal(0, page.Version);
            Assert.Equal(page.ComputedCrc, page.StoredCrc);
            Assert.Equal(pages[0].Serial, page.Serial);
            Assert.Equal((uint)i, page.Sequence);
            Assert.Equal(i == 0, page.BeginOfStream);
            Assert.Equal(i == pages.Count - 1, page.EndOfStream);
        }

        long[] granules = pages.Select(p => p.Granule).Where(g => g != -1).ToArray();
        Assert.Equal(granules.Order(), granules);

        var packets = OggReader.Packets(pages);
        // RFC 7845: OpusHead alone on page 0, OpusTags finishing page 1, audio starting on a fresh page 2.
        Assert.Equal(0, packets[0].PageIndex);
        Assert.Equal(1, packets[1].PageIndex);
        Assert.Equal(2, packets[2].PageIndex);
        Assert.Equal(0, pages[0].Granule);
        Assert.Equal(0, pages[1].Granule);

        int preSkip = CheckOpusHead(packets[0].Data, sampleRate);
        CheckOpusTags(packets[1].Data);

        double seconds = (pages[^1].Granule - preSkip) / 48000.0;
        Assert.InRange(seconds, tone.DurationSeconds - 0.025, tone.DurationSeconds + 0.025);

        // Decoding gives whole 20 ms frames: enough to cover the pre-skip and every real sample.
        float[] decoded = Decode(packets.Skip(2).Select(p => p.Data));
        Assert.True(decoded.Length >= pages[^1].Granule);
        ReadOnlySpan<float> playable = decoded.AsSpan(preSkip, (int)(pages[^1].Granule - preSkip));
        Assert.InRange(TestSignals.RmsDb(playable), TestSignals.RmsDb(tone.Samples) - 1.5, TestSignals.RmsDb(tone.Samples) + 1.5);
        Assert.InRange(ZeroCrossings(playable.Slice(24000, 48000)), 876, 884); // still 440 Hz
    }

    [Fact]
    public void PreSkipLinesTheDecodedAudioUpWithTheInput()
    {
        // Speech-like audio is not periodic, so the best-matching shift is unambiguous; it must be zero.
        AudioBuffer speech = TestSignals.SpeechLike(16000, 4, seed: 7);
        var packets = OggReader.Packets(OggReader.Pages(Encode(speech)));
        int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(packets[0].Data.AsSpan(10));

        float[] decoded = Decode(packets.Skip(2).Select(p => p.Data));
        float[] reference = Resampler.Resample(speech.Samples, 16000, 48000);

        int bestLag = 0;
        double bestScore = double.MinValue;
        for (int lag = -200; lag <= 200; lag++)
        {
            double score = 0;
            for (int i = 48000; i < 144000; i++)
            {
                score += reference[i] * decoded[preSkip + i + lag];
            }

            (bestLag, bestScore) = score > bestScore ? (lag, score) : (bestLag, bestScore);
        }

        Assert.InRange(bestLag, -3, 3);
    }

    private static int CheckOpusHead(byte[] head, int inputRate)
    {
        Assert.Equal(19, head.Length);
        Assert.Equal("OpusHead", Encoding.ASCII.GetString(head, 0, 8));
        Assert.Equal(1, head[8]); // version
        Assert.Equal(1, head[9]); // channels
        int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(10));
        Assert.InRange(preSkip, 1, 48000 / 10); // the encoder's lookahead: a few ms
        Assert.Equal((uint)inputRate, BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(12)));
        Assert.Equal(0, BinaryPrimitives.ReadInt16LittleEndian(head.AsSpan(16))); // output gain
        Assert.Equal(0, head[18]); // mapping family
        return preSkip;
    }

    private static void CheckOpusTags(byte[] tags)
    {
        Assert.Equal("OpusTags", Encoding.ASCII.GetString(tags, 0, 8));
        int vendorLength = BinaryPrimitives.ReadInt32LittleEndian(tags.AsSpan(8));
        Assert.Equal("Aloud", Encoding.UTF8.GetString(tags, 12, vendorLength));
        Assert.Equal(0, BinaryPrimitives.ReadInt32LittleEndian(tags.AsSpan(12 + vendorLength)));
        Assert.Equal(12 + vendorLength + 4, tags.Length);
    }

    private static byte[] Encode(AudioBuffer audio)
    {
        var output = new MemoryStream();
        new OggOpusEncoder().Encode(audio, output);
        return output.ToArray();
    }

    private static float[] Decode(IEnumerable<byte[]> packets)
    {
        IOpusDecoder decoder = OpusCodecFactory.CreateDecoder(48000, 1);
        var all = new List<float>();
        var frame = new float[5760];
        foreach (byte[] packet in packets)
        {
            int samples = decoder.Decode(packet, frame, frame.Length, false);
            all.AddRange(frame.AsSpan(0, samples));
        }

        return all.ToArray();
    }

    private static int ZeroCrossings(ReadOnlySpan<float> samples)
    {
        int count = 0;
        for (int i = 1; i < samples.Length; i++)
        {
            count += (samples[i - 1] < 0) != (samples[i] < 0) ? 1 : 0;
        }

        return count;
    }
}
