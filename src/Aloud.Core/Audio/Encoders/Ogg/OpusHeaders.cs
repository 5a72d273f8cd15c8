using System.Buffers.Binary;
using System.Text;

namespace Aloud.Audio.Encoders.Ogg;

/// <summary>The two header packets an Ogg Opus stream starts with (RFC 7845 section 5).</summary>
internal static class OpusHeaders
{
    /// <summary>The vendor string written into OpusTags.</summary>
    public const string Vendor = "Aloud";

    /// <summary>
    /// The identification header for a mono stream with channel mapping family 0.
    /// </summary>
    /// <param name="preSkip">Samples at 48 kHz the decoder must drop from the start (the encoder's lookahead).</param>
    /// <param name="inputSampleRate">The original rate, informational only: Opus always decodes at 48 kHz.</param>
    public static byte[] OpusHead(ushort preSkip, int inputSampleRate)
    {
        var head = new byte[19];
        "OpusHead"u8.CopyTo(head);
        head[8] = 1; // version
        head[9] = 1; // channel count
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), (uint)inputSampleRate);
        BinaryPrimitives.WriteInt16LittleEndian(head.AsSpan(16), 0); // output gain: loudness is already normalised
        head[18] = 0; // mapping family 0: mono or stereo, no mapping table
        return head;
    }

    /// <summary>The comment header: vendor string plus user comments of the form <c>TAG=value</c>.</summary>
    public static byte[] OpusTags(IReadOnlyList<string> comments)
    {
        var packet = new MemoryStream();
        packet.Write("OpusTags"u8);
        WriteString(packet, Vendor);
        WriteUInt32(packet, (uint)comments.Count);
        foreach (string comment in comments)
        {
            WriteString(packet, comment);
        }

        return packet.ToArray();
    }

    private static void WriteString(MemoryStream packet, string value)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(value);
        WriteUInt32(packet, (uint)utf8.Length);
        packet.Write(utf8);
    }

    private static void WriteUInt32(MemoryStream packet, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(bytes, value);
        packet.Write(bytes);
    }
}
