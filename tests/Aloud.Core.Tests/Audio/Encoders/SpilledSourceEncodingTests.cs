using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Tests.Audio.Encoders.Ogg;

namespace Aloud.Tests.Audio.Encoders;

/// <summary>Audio read a chunk at a time from a spill on disk encodes exactly as the same audio in memory.</summary>
public class SpilledSourceEncodingTests
{
    private static (AudioBuffer Memory, PcmSpill Disk) Both(int sampleRate, double seconds)
    {
        var memory = TestSignals.SpeechLike(sampleRate, seconds, 11);
        var disk = new PcmSpill(sampleRate, memoryLimitSamples: 5000);
        disk.Append(memory.Samples);
        Assert.True(disk.OnDisk);
        return (memory, disk);
    }

    private static byte[] Encode(IAudioEncoder encoder, ISampleSource audio)
    {
        using var output = new MemoryStream();
        encoder.Encode(audio, output, new AudioTags { Title = "Chunks", Voice = "rms" });
        return output.ToArray();
    }

    [Theory]
    [InlineData(AudioFormat.Mp3)]
    [InlineData(AudioFormat.Wav)]
    public void Mp3_and_wav_are_the_same_bytes(AudioFormat format)
    {
        var (memory, disk) = Both(16000, 9); // over two 65,536-sample chunks
        using (disk)
        {
            Assert.Equal(Encode(AudioEncoders.ForFormat(format), memory), Encode(AudioEncoders.ForFormat(format), disk));
        }
    }

    [Theory]
    [InlineData(16000)]
    [InlineData(22050)] // resampled to 24 kHz on the way: the resampler must not see the chunk joins
    public void Ogg_opus_has_the_same_pages_and_packets(int sampleRate)
    {
        var (memory, disk) = Both(sampleRate, 9);
        using (disk)
        {
            var expected = OggReader.Pages(Encode(AudioEncoders.ForFormat(AudioFormat.OggOpus), memory));
            var actual = OggReader.Pages(Encode(AudioEncoders.ForFormat(AudioFormat.OggOpus), disk));
            // The stream serial number is random per file (and with it the checksums): everything else must match.
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Granule, actual[i].Granule);
                Assert.Equal(expected[i].Segments, actual[i].Segments);
                Assert.Equal(expected[i].Body, actual[i].Body);
            }
        }
    }
}
