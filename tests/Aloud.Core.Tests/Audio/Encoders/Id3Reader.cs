using System.Text;

namespace Aloud.Tests.Audio.Encoders;

/// <summary>A test-side ID3v2.4 reader, written from the spec independently of the product's writer.</summary>
internal static class Id3Reader
{
    public sealed record Id3Frame(string Id, byte[] Body)
    {
        /// <summary>A text frame's value (encoding byte 3 = UTF-8 is the only one the test accepts).</summary>
        public string Text
        {
            get
            {
                Assert.Equal(3, Body[0]);
                return Encoding.UTF8.GetString(Body, 1, Body.Length - 1).TrimEnd('\0');
            }
        }
    }

    /// <summary>Bytes taken by a leading ID3v2 tag: 10 + its syncsafe size, or 0 when the file has none.</summary>
    public static int TagLength(byte[] file)
    {
        if (file.Length < 10 || Encoding.ASCII.GetString(file, 0, 3) != "ID3")
        {
            return 0;
        }

        return 10 + Syncsafe(file, 6);
    }

    /// <summary>The tag's frames, in order; asserts a v2.4 header with no flags and frames that fill it exactly.</summary>
    public static List<Id3Frame> Frames(byte[] file)
    {
        int end = TagLength(file);
        Assert.True(end > 0, "no ID3v2 tag at the start");
        Assert.Equal(4, file[3]); // v2.4
        Assert.Equal(0, file[4]);
        Assert.Equal(0, file[5]); // no flags: no extended header, no unsynchronisation
        var frames = new List<Id3Frame>();
        int p = 10;
        while (p + 10 <= end && file[p] != 0)
        {
            string id = Encoding.ASCII.GetString(file, p, 4);
            Assert.Matches("^[A-Z0-9]{4}$", id);
            int size = Syncsafe(file, p + 4);
            Assert.Equal(0, file[p + 8] | file[p + 9]); // frame flags
            frames.Add(new Id3Frame(id, file.AsSpan(p + 10, size).ToArray()));
            p += 10 + size;
        }

        Assert.Equal(end, p); // no padding written, so the last frame ends the tag exactly
        return frames;
    }

    /// <summary>The value of the TXXX frame whose description is <paramref name="description"/>.</summary>
    public static string? UserText(List<Id3Frame> frames, string description)
    {
        foreach (Id3Frame frame in frames.Where(f => f.Id == "TXXX"))
        {
            Assert.Equal(3, frame.Body[0]);
            int nul = Array.IndexOf(frame.Body, (byte)0, 1);
            if (Encoding.UTF8.GetString(frame.Body, 1, nul - 1) == description)
            {
                return Encoding.UTF8.GetString(frame.Body, nul + 1, frame.Body.Length - nul - 1);
            }
        }

        return null;
    }

    private static int Syncsafe(byte[] data, int offset)
    {
        Assert.All(data.AsSpan(offset, 4).ToArray(), b => Assert.True(b < 0x80, "syncsafe byte with the top bit set"));
        return (data[offset] << 21) | (data[offset + 1] << 14) | (data[offset + 2] << 7) | data[offset + 3];
    }
}
