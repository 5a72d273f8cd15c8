using System.Buffers.Binary;
using System.Text;
using Aloud.Audio;
using Aloud.Audio.Encoders;

namespace Aloud.Tests.Audio.Encoders;

public class WavEncoderTagTests
{
    [Fact]
    public void TagsGoIntoAListInfoChunkBeforeTheData()
    {
        var audio = new AudioBuffer([0f, 0.5f, -0.5f], 16000);
        var output = new MemoryStream();

        new WavEncoder().Encode(audio, output, TestTags.Article);
        byte[] wav = output.ToArray();

        Dictionary<string, byte[]> chunks = Chunks(wav);
        Assert.Equal(["fmt ", "LIST", "data"], chunks.Keys);
        Assert.Equal((uint)(wav.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(4)));
        Assert.Equal(6, chunks["data"].Length);
        Assert.Equal(16384, BinaryPrimitives.ReadInt16LittleEndian(chunks["data"].AsSpan(2)));

        byte[] list = chunks["LIST"];
        Assert.Equal("INFO", Encoding.ASCII.GetString(list, 0, 4));
        var info = new Dictionary<string, string>();
        for (int p = 4; p < list.Length;)
        {
            int size = BinaryPrimitives.ReadInt32LittleEndian(list.AsSpan(p + 4));
            Assert.Equal(0, list[p + 8 + size - 1]); // NUL-terminated
            info[Encoding.ASCII.GetString(list, p, 4)] = Encoding.UTF8.GetString(list, p + 8, size - 1);
            p += 8 + size + (size % 2);
        }

        Assert.Equal(TestTags.Title, info["INAM"]);
        Assert.Equal("The Daily Example", info["IART"]);
        Assert.Equal("Example News", info["IPRD"]);
        Assert.Equal("2026-12-06", info["ICRD"]);
        Assert.Equal("Aloud", info["ISFT"]);
        Assert.Equal(TestTags.Article.ArticleUrl, info["ISRC"]);
        Assert.Equal("synthetic-speech; generator=Aloud; voice=rms", info["ICMT"]);
    }

    /// <summary>The RIFF sub-chunks by id, each body without its pad byte.</summary>
    private static Dictionary<string, byte[]> Chunks(byte[] wav)
    {
        Assert.Equal("RIFF", Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(wav, 8, 4));
        var chunks = new Dictionary<string, byte[]>();
        int p = 12;
        while (p < wav.Length)
        {
            int size = BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(p + 4));
            chunks.Add(Encoding.ASCII.GetString(wav, p, 4), wav.AsSpan(p + 8, size).ToArray());
            p += 8 + size + (size % 2);
        }

        Assert.Equal(wav.Length, p);
        return chunks;
    }
}
