using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Aloud.Server.Podcast;

/// <summary>
/// The default podcast cover: a 1400 x 1400 PNG (Apple's minimum) drawn in code, a few level bars on a dark
/// ground, so a feed is valid before the publisher sets its own image. Made once, kept in memory.
/// </summary>
public static class Artwork
{
    public const int Size = 1400;

    private static readonly Lazy<byte[]> Png = new(Draw);

    public static byte[] Bytes => Png.Value;

    private static byte[] Draw()
    {
        var heights = new[] { 0.18, 0.34, 0.52, 0.30, 0.62, 0.44, 0.24, 0.40, 0.16 };
        const int barWidth = 80, gap = 40;
        var left = (Size - (heights.Length * barWidth + (heights.Length - 1) * gap)) / 2;
        var raw = new byte[Size * (1 + Size * 3)];
        for (var y = 0; y < Size; y++)
        {
            var row = y * (1 + Size * 3);
            raw[row] = 0; // filter: none
            for (var x = 0; x < Size; x++)
            {
                var bar = (x - left) / (barWidth + gap);
                var inBar = x >= left && bar < heights.Length && (x - left) % (barWidth + gap) < barWidth
                    && Math.Abs(y - Size / 2) < heights[bar] * Size / 2;
                var (r, g, b) = inBar ? ((byte)0xf5, (byte)0xb7, (byte)0x31) : ((byte)0x1b, (byte)0x26, (byte)0x3b);
                var at = row + 1 + x * 3;
                (raw[at], raw[at + 1], raw[at + 2]) = (r, g, b);
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8; // bits per channel
        header[9] = 2; // truecolour RGB
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(raw);
            }
            Chunk(png, "IDAT", compressed.ToArray());
        }
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32([.. typeBytes, .. data]));
        png.Write(number);
    }

    /// <summary>The CRC-32 PNG chunks carry (ISO 3309 polynomial, reflected).</summary>
    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
