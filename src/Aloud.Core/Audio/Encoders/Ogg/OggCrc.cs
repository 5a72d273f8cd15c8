namespace Aloud.Audio.Encoders.Ogg;

/// <summary>
/// The CRC-32 Ogg pages carry (RFC 3533): polynomial 0x04c11db7, initial value 0, no bit reflection and no
/// final XOR. That differs from the zlib/PNG CRC-32, so <c>System.IO.Hashing</c> would give wrong values.
/// </summary>
internal static class OggCrc
{
    private const uint Polynomial = 0x04c11db7;

    private static readonly uint[] Table = BuildTable();

    /// <summary>Continues a CRC over <paramref name="data"/>; start with 0.</summary>
    public static uint Update(uint crc, ReadOnlySpan<byte> data)
    {
        foreach (byte b in data)
        {
            // Most significant bit first, because Ogg's CRC is not reflected.
            crc = (crc << 8) ^ Table[(crc >> 24) ^ b];
        }

        return crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint r = i << 24;
            for (int bit = 0; bit < 8; bit++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ Polynomial : r << 1;
            }

            table[i] = r;
        }

        return table;
    }
}
