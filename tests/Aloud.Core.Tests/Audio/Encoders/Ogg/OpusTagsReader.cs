using System.Buffers.Binary;
using System.Text;

namespace Aloud.Tests.Audio.Encoders.Ogg;

/// <summary>A test-side parser of the OpusTags header (RFC 7845 section 5.2).</summary>
internal static class OpusTagsReader
{
    /// <summary>The vendor string and the user comments, in order; asserts the packet holds nothing else.</summary>
    public static (string Vendor, List<string> Comments) Read(byte[] packet)
    {
        Assert.Equal("OpusTags", Encoding.ASCII.GetString(packet, 0, 8));
        int p = 8;
        string vendor = ReadString(packet, ref p);
        int count = BinaryPrimitives.ReadInt32LittleEndian(packet.AsSpan(p));
        p += 4;
        var comments = new List<string>();
        for (int i = 0; i < count; i++)
        {
            comments.Add(ReadString(packet, ref p));
        }

        Assert.Equal(packet.Length, p);
        return (vendor, comments);
    }

    private static string ReadString(byte[] packet, ref int p)
    {
        int length = BinaryPrimitives.ReadInt32LittleEndian(packet.AsSpan(p));
        string value = Encoding.UTF8.GetString(packet, p + 4, length);
        p += 4 + length;
        return value;
    }
}
