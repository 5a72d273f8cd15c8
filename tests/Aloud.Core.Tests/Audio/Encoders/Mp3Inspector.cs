using System.Text;

namespace Aloud.Tests.Audio.Encoders;

/// <summary>A test-side MP3 frame walker: enough of ISO 11172-3 / 13818-3 to check what the encoder wrote.</summary>
internal static class Mp3Inspector
{
    private static readonly int[] Mpeg1Layer3Kbps = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Layer3Kbps = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

    public sealed record Frame(int Offset, int Length, int SampleRate, int BitrateKbps, bool Mono, bool Layer3, int SamplesPerFrame, bool Mpeg1);

    /// <summary>
    /// Every frame in <paramref name="mp3"/> after a leading ID3v2 tag (if any); fails on anything between frames
    /// that is not a frame.
    /// </summary>
    public static List<Frame> Frames(byte[] mp3)
    {
        var frames = new List<Frame>();
        int offset = Id3Reader.TagLength(mp3);
        while (offset + 4 <= mp3.Length)
        {
            uint h = (uint)((mp3[offset] << 24) | (mp3[offset + 1] << 16) | (mp3[offset + 2] << 8) | mp3[offset + 3]);
            Assert.True((h & 0xFFE00000) == 0xFFE00000, $"no frame sync at byte {offset}");
            int version = (int)(h >> 19) & 3; // 0 = MPEG-2.5, 2 = MPEG-2, 3 = MPEG-1
            int layer = (int)(h >> 17) & 3;   // 1 = Layer III
            int bitrateIndex = (int)(h >> 12) & 15;
            int rateIndex = (int)(h >> 10) & 3;
            int padding = (int)(h >> 9) & 1;
            int channelMode = (int)(h >> 6) & 3; // 3 = mono
            bool mpeg1 = version == 3;
            int baseRate = new[] { 44100, 48000, 32000 }[rateIndex];
            int sampleRate = version switch { 3 => baseRate, 2 => baseRate / 2, _ => baseRate / 4 };
            int kbps = (mpeg1 ? Mpeg1Layer3Kbps : Mpeg2Layer3Kbps)[bitrateIndex];
            int length = ((mpeg1 ? 144 : 72) * kbps * 1000 / sampleRate) + padding;
            frames.Add(new Frame(offset, length, sampleRate, kbps, channelMode == 3, layer == 1, mpeg1 ? 1152 : 576, mpeg1));
            offset += length;
        }

        Assert.Equal(mp3.Length, offset);
        return frames;
    }

    /// <summary>The encoder delay and padding from the LAME tag in the first frame, or null without one.</summary>
    public static (int Delay, int Padding, int FrameCount)? LameTag(byte[] mp3, Frame first)
    {
        int sideInfo = first.Mpeg1 ? 17 : 9; // mono
        int xing = first.Offset + 4 + sideInfo;
        string id = Encoding.ASCII.GetString(mp3, xing, 4);
        if (id is not ("Xing" or "Info"))
        {
            return null;
        }

        int flags = ReadInt32BigEndian(mp3, xing + 4);
        int p = xing + 8;
        int frameCount = (flags & 1) != 0 ? ReadInt32BigEndian(mp3, p) : -1;
        p += ((flags & 1) != 0 ? 4 : 0) + ((flags & 2) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 100 : 0) + ((flags & 8) != 0 ? 4 : 0);
        if (Encoding.ASCII.GetString(mp3, p, 4) != "LAME")
        {
            return null;
        }

        // LAME extension: 9-byte version, then revision, lowpass, peak (4), two replay gains (2 + 2), flags,
        // bitrate, and at byte 21 the 12-bit delay and 12-bit padding.
        int d = p + 21;
        int delay = (mp3[d] << 4) | (mp3[d + 1] >> 4);
        int pad = ((mp3[d + 1] & 0x0F) << 8) | mp3[d + 2];
        return (delay, pad, frameCount);
    }

    private static int ReadInt32BigEndian(byte[] data, int offset) =>
        (data[offset] << 24) | (data[offset + 1] << 16) | (data[offset + 2] << 8) | data[offset + 3];
}
