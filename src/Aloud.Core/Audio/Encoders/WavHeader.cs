using System.Buffers.Binary;
using Aloud.Audio.Encoders.Tags;

namespace Aloud.Audio.Encoders;

/// <summary>
/// The bytes before the samples of a 16-bit mono PCM WAV file: RIFF header, <c>fmt </c> chunk, an optional
/// LIST/INFO chunk with the tags, and the <c>data</c> chunk header. Shared by the whole-file and the streaming
/// WAV writers, which differ only in the sizes they know.
/// </summary>
internal static class WavHeader
{
    /// <summary>The header size without tags: the classic 44 bytes.</summary>
    public const int PlainBytes = 44;

    /// <summary>
    /// The size written into both the RIFF and the data chunk when the length is unknown (a stream). It is the
    /// largest 32-bit size: readers that honour it read until the stream ends, which is what ffmpeg, browsers
    /// and SoX do with such "endless" WAV streams.
    /// </summary>
    public const uint UnknownSize = uint.MaxValue;

    private const short BitsPerSample = 16;
    private const short Channels = 1;

    /// <summary>The header for <paramref name="dataBytes"/> bytes of samples, or an unknown length when null.</summary>
    public static byte[] Build(int sampleRate, uint? dataBytes, AudioTags? tags)
    {
        byte[] info = tags is null ? [] : RiffInfoChunk.Build(tags);
        var h = new byte[PlainBytes + info.Length];
        int blockAlign = Channels * BitsPerSample / 8;
        "RIFF"u8.CopyTo(h);
        uint riffSize = dataBytes is uint known ? (uint)(known + h.Length - 8) : UnknownSize;
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(4), riffSize);
        "WAVE"u8.CopyTo(h.AsSpan(8));
        "fmt "u8.CopyTo(h.AsSpan(12));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(16), 16); // fmt chunk size for plain PCM
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(20), 1); // WAVE_FORMAT_PCM
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(22), Channels);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(24), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(h.AsSpan(28), sampleRate * blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(32), (short)blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(h.AsSpan(34), BitsPerSample);
        // The tags go before the samples, so a streaming reader meets them before the (endless) data chunk.
        info.CopyTo(h.AsSpan(36));
        int data = 36 + info.Length;
        "data"u8.CopyTo(h.AsSpan(data));
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(data + 4), dataBytes ?? UnknownSize);
        return h;
    }

    /// <summary>Converts floats to 16-bit little-endian samples into <paramref name="bytes"/> (2 per sample).</summary>
    public static void ToLittleEndian16(ReadOnlySpan<float> samples, Span<byte> bytes)
    {
        for (int i = 0; i < samples.Length; i++)
        {
            // WAV (and OpenAI's raw pcm) is little-endian whatever the host is.
            BinaryPrimitives.WriteInt16LittleEndian(bytes[(i * 2)..], Pcm16.ToShort(samples[i]));
        }
    }
}
