using System.Buffers.Binary;
using Aloud.Audio;
using Aloud.Audio.Encoders;
using Aloud.Tests.Audio.Encoders.Ogg;

namespace Aloud.Tests.Audio.Encoders;

public class AudioEncodersTests
{
    [Theory]
    [InlineData("story.mp3", AudioFormat.Mp3)]
    [InlineData("/tmp/Story.MP3", AudioFormat.Mp3)]
    [InlineData("story.ogg", AudioFormat.OggOpus)]
    [InlineData("dir.v2/story.opus", AudioFormat.OggOpus)]
    [InlineData("story.wav", AudioFormat.Wav)]
    public void FormatFromPathUsesTheExtension(string path, AudioFormat expected)
    {
        Assert.Equal(expected, AudioEncoders.FormatFromPath(path));
    }

    [Theory]
    [InlineData("story.flac")]
    [InlineData("story")]
    [InlineData("mp3")]
    [InlineData("")]
    public void FormatFromPathRejectsOtherExtensionsNamingTheSupportedOnes(string path)
    {
        var e = Assert.Throws<ArgumentException>(() => AudioEncoders.FormatFromPath(path));

        Assert.Contains(".mp3", e.Message);
        Assert.Contains(".ogg", e.Message);
        Assert.Contains(".opus", e.Message);
        Assert.Contains(".wav", e.Message);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData(AudioFormat.Mp3, typeof(LameMp3Encoder))]
    [InlineData(AudioFormat.OggOpus, typeof(OggOpusEncoder))]
    [InlineData(AudioFormat.Wav, typeof(WavEncoder))]
    public void ForFormatGivesTheMatchingEncoder(AudioFormat format, Type expected)
    {
        IAudioEncoder encoder = AudioEncoders.ForFormat(format);

        Assert.IsType(expected, encoder);
        Assert.Equal(format, encoder.Format);
    }

    [Theory]
    [InlineData(AudioFormat.Mp3)]
    [InlineData(AudioFormat.OggOpus)]
    [InlineData(AudioFormat.Wav)]
    public void EmptyAudioStillGivesAWellFormedFile(AudioFormat format)
    {
        var output = new MemoryStream();

        AudioEncoders.ForFormat(format).Encode(new AudioBuffer([], 16000), output);
        byte[] file = output.ToArray();

        Assert.NotEmpty(file);
        switch (format)
        {
            case AudioFormat.Mp3:
                Assert.All(Mp3Inspector.Frames(file), f => Assert.True(f.Mono && f.Layer3));
                break;
            case AudioFormat.OggOpus:
                var pages = OggReader.Pages(file);
                int preSkip = BinaryPrimitives.ReadUInt16LittleEndian(OggReader.Packets(pages)[0].Data.AsSpan(10));
                Assert.Equal(preSkip, pages[^1].Granule); // zero playable samples
                Assert.True(pages[^1].EndOfStream);
                break;
            default:
                Assert.Equal(44, file.Length);
                break;
        }
    }
}

