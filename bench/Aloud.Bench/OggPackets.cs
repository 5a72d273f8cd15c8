namespace Aloud.Bench;

/// <summary>
/// The packets of a single-stream Ogg file (RFC 3533), joined across lacing and pages: just enough to decode
/// the benchmark's Ogg Opus output back. No CRC or sequence checks; the tests do those.
/// </summary>
internal static class OggPackets
{
    public static List<byte[]> Read(byte[] ogg)
    {
        var packets = new List<byte[]>();
        var current = new List<byte>();
        int position = 0;
        while (position + 27 <= ogg.Length)
        {
            int segments = ogg[position + 26];
            int data = position + 27 + segments;
            for (int s = 0; s < segments; s++)
            {
                int lacing = ogg[position + 27 + s];
                current.AddRange(ogg.AsSpan(data, lacing).ToArray());
                data += lacing;
                if (lacing < 255)
                {
                    packets.Add([.. current]);
                    current.Clear();
                }
            }

            position = data;
        }

        return packets;
    }
}
