using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders.Streaming;

public class AudioStreamEncoderContractTests
{
    [Theory]
    [InlineData(StreamFormat.Mp3, "audio/mpeg")]
    [InlineData(StreamFormat.OggOpus, "audio/ogg; codecs=opus")]
    [InlineData(StreamFormat.Wav, "audio/wav")]
    [InlineData(StreamFormat.Pcm, "audio/pcm")]
    public void ContentTypeNamesEachFormat(StreamFormat format, string expected)
    {
        Assert.Equal(expected, AudioEncoders.ContentType(format));
    }

    [Theory]
    [InlineData(StreamFormat.Mp3)]
    [InlineData(StreamFormat.OggOpus)]
    [InlineData(StreamFormat.Wav)]
    [InlineData(StreamFormat.Pcm)]
    public void FinishIsOnceAndWritesAfterItAreRefused(StreamFormat format)
    {
        var output = new FlushRecordingStream();
        using IAudioStreamEncoder encoder = AudioEncoders.OpenStream(format, 22050, output);
        encoder.Write(new float[1000]);
        encoder.Finish();
        int length = output.ToArray().Length;

        encoder.Finish();

        Assert.Equal(length, output.ToArray().Length);
        Assert.Throws<InvalidOperationException>(() => encoder.Write(new float[10]));
    }

    [Theory]
    [InlineData(StreamFormat.Mp3)]
    [InlineData(StreamFormat.OggOpus)]
    public void DisposingWithoutFinishWritesNoMoreAndRefusesUse(StreamFormat format)
    {
        var output = new FlushRecordingStream();
        IAudioStreamEncoder encoder = AudioEncoders.OpenStream(format, 16000, output);
        encoder.Write(new float[16000]);
        int length = output.ToArray().Length;

        encoder.Dispose();
        encoder.Dispose();

        Assert.Equal(length, output.ToArray().Length);
        Assert.Throws<ObjectDisposedException>(() => encoder.Write(new float[10]));
        Assert.Throws<ObjectDisposedException>(encoder.Finish);
    }

    [Fact]
    public void UnknownFormatAndBadRatesAreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioEncoders.OpenStream((StreamFormat)42, 16000, new MemoryStream()));
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioEncoders.OpenStream(StreamFormat.Wav, 0, new MemoryStream()));
        Assert.Throws<ArgumentOutOfRangeException>(() => AudioEncoders.ContentType((StreamFormat)42));
    }
}
