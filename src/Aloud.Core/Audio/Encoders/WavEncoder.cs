using System.Buffers.Binary;

namespace Aloud.Audio.Encoders;

/// <summary>16-bit PCM mono RIFF/WAVE: lossless, for debugging and for tools that want raw audio.</summary>
public sealed class WavEncoder : IAudioEncoder
{
    private const int HeaderBytes = 44;
    private const short BitsPerSample = 16;
    private const short Channels = 1;

    /// <inheritdoc />
    public AudioFormat Format => AudioFormat.Wav;

    /// <inheritdoc />
    public void Encode(AudioBuffer audio, Stream output)
    {
        ArgumentNullException.ThrowIfNull(audio);
        ArgumentNullException.ThrowIfNull(output);

        long dataBytes = (long)audio.Samples.Length * sizeof(short);
        // RIFF sizes are 32-bit: about 37 hours of 16 kHz mono, far beyond any article.
        if (dataBytes > uint.MaxValue - HeaderBytes)
        {
            throw new ArgumentException("Audio is too long for a WAV file (4 GiB limit).", nameof(audio));
        }

        output.Write(Header(audio.SampleRate, (uint)dataBytes));

        var block = new short[8192];
        var bytes = new byte[block.Length * sizeof(short)];
        for (int start = 0; start < audio.Samples.Length; start += block.Length)
        {
            int count = Math.Min(block.Length, audio.Samples.Length - start);
            Pcm16.Convert(audio.Samples.AsSpan(start, count), block);
            for (int i = 0; i < count; i++)
            {
                // WAV is little-endian whatever the host is.
                BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), block[i]);
            }

            output.Write(bytes, 0, count * sizeof(short));
        }
    }

    private static byte[] Header(int sampleRate, uint dataBytes)
    {
        var h = new byte[HeaderBytes];
        int blockAlign = Channels * BitsPerSample / 8;
        "RIFF"u8.CopyTo(h);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), dataBytes + HeaderBytes - 8);
        "WAVE"u8.CopyTo(h.AsSpan(8));
        "fmt "u8.CopyTo(h.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(16), 16); // fmt chunk size for plain PCM
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(20), 1); // WAVE_FORMAT_PCM
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(22), Channels);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(24), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(28), sampleRate * blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(32), (short)blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(34), BitsPerSample);
        "data"u8.CopyTo(h.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(40), dataBytes);
        return h;
    }
}
