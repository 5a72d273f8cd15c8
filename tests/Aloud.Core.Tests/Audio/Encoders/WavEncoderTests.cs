using System.Buffers.Binary;
using System.Text;
using Aloud.Audio;
using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders;

public class WavEncoderTests
{
    [Fact]
    public void WritesA16BitMonoPcmHeaderAndTheSamples()
    {
        var audio = new AudioBuffer([0f, 0.5f, -0.5f, 1f, -1f, 2f, -2f], 22050);
        var output = new MemoryStream();

        new WavEncoder().Encode(audio, output);
        byte[] wav = output.ToArray();

        Assert.Equal(44 + (7 * 2), wav.Length);
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal((uint)(wav.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal("WAVEfmt ", Encoding.ASCII.GetString(wav, 8, 8));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(16)));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(20))); // PCM
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(22))); // mono
        Assert.Equal(22050, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)));
        Assert.Equal(44100, BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(28))); // byte rate
        Assert.Equal(2, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(32))); // block align
        Assert.Equal(16, BinaryPrimitives.ReadUInt16LittleEndian(wav.AsSpan(34)));
        Assert.Equal("data", Encoding.ASCII.GetString(wav, 36, 4));
        Assert.Equal(14u, BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)));

        short[] pcm = Enumerable.Range(0, 7).Select(i => BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(44 + (2 * i)))).ToArray();
        // Out-of-range floats clip to full scale instead of wrapping round.
        Assert.Equal(new short[] { 0, 16384, -16384, 32767, -32767, 32767, -32768 }, pcm);
    }

    [Fact]
    public void LengthMatchesALongBuffer()
    {
        AudioBuffer tone = TestSignals.Sine(440, 0.3, 3.2, 16000);
        var output = new MemoryStream();

        new WavEncoder().Encode(tone, output);

        Assert.Equal(44 + (tone.Samples.Length * 2), output.Length);
        Assert.Equal(AudioFormat.Wav, new WavEncoder().Format);
    }
}
