using System.Buffers.Binary;
using System.Text;

namespace Aloud.Tests.Audio.Encoders.Ogg;

/// <summary>One parsed Ogg page, with the CRC recomputed independently of the product code.</summary>
internal sealed record OggPage(
    int Version, byte Flags, long Granule, uint Serial, uint Sequence, uint StoredCrc, uint ComputedCrc,
    byte[] Segments, byte[] Body)
{
    public bool Continued => (Flags & 1) != 0;
    public bool BeginOfStream => (Flags & 2) != 0;
    public bool EndOfStream => (Flags & 4) != 0;
}

/// <summary>A test-side Ogg (RFC 3533) reader: pages, then packets reassembled across pages.</summary>
internal static class OggReader
{
    public static List<OggPage> Pages(byte[] data)
    {
        var pages = new List<OggPage>();
        int offset = 0;
        while (offset < data.Length)
        {
            Assert.Equal("OggS", Encoding.ASCII.GetString(data, offset, 4));
            int segmentCount = data[offset + 26];
            byte[] segments = data.AsSpan(offset + 27, segmentCount).ToArray();
            int bodyLength = segments.Sum(s => s);
            int pageLength = 27 + segmentCount + bodyLength;
            byte[] page = data.AsSpan(offset, pageLength).ToArray();

            uint stored = BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(22));
            page.AsSpan(22, 4).Clear();
            pages.Add(new OggPage(
                Version: page[4],
                Flags: page[5],
                Granule: BinaryPrimitives.ReadInt64LittleEndian(page.AsSpan(6)),
                Serial: BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(14)),
                Sequence: BinaryPrimitives.ReadUInt32LittleEndian(page.AsSpan(18)),
                StoredCrc: stored,
                ComputedCrc: Crc(page),
                Segments: segments,
                Body: page.AsSpan(27 + segmentCount).ToArray()));
            offset += pageLength;
        }

        return pages;
    }

    /// <summary>Packets in order, each with the page index on which it ends.</summary>
    public static List<(byte[] Data, int PageIndex)> Packets(List<OggPage> pages)
    {
        var packets = new List<(byte[], int)>();
        var current = new List<byte>();
        for (int p = 0; p < pages.Count; p++)
        {
            // A page continues a packet exactly when the previous page left one unfinished.
            Assert.Equal(current.Count > 0, pages[p].Continued);
            int bodyOffset = 0;
            foreach (byte lace in pages[p].Segments)
            {
                current.AddRange(pages[p].Body.AsSpan(bodyOffset, lace));
                bodyOffset += lace;
                if (lace < 255)
                {
                    packets.Add((current.ToArray(), p));
                    current.Clear();
                }
            }
        }

        Assert.Empty(current); // no packet left dangling at the end
        return packets;
    }

    /// <summary>Bit-by-bit CRC-32, polynomial 0x04c11db7, no reflection, initial 0 (as Ogg specifies).</summary>
    private static uint Crc(byte[] data)
    {
        uint crc = 0;
        foreach (byte b in data)
        {
            crc ^= (uint)b << 24;
            for (int i = 0; i < 8; i++)
            {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04c11db7 : crc << 1;
            }
        }

        return crc;
    }
}
