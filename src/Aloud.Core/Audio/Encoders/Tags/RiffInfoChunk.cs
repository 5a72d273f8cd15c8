using System.Buffers.Binary;
using System.Text;

namespace Aloud.Audio.Encoders.Tags;

/// <summary>
/// A RIFF <c>LIST</c> chunk of type <c>INFO</c> for WAV files: INAM (title), IART (artist), IPRD (album),
/// ICRD (date), ISFT (generator), ISRC (the source: the article URL) and ICMT (the synthetic-speech mark). INFO strings are
/// NUL-terminated and padded to an even length; they are written as UTF-8, which readers that assume
/// ASCII still show correctly for ASCII text.
/// </summary>
internal static class RiffInfoChunk
{
    /// <summary>The whole chunk, header included.</summary>
    public static byte[] Build(AudioTags tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var body = new MemoryStream();
        body.Write("INFO"u8);
        SubChunk(body, "INAM", tags.Title);
        SubChunk(body, "IART", tags.Artist);
        SubChunk(body, "IPRD", tags.Album);
        SubChunk(body, "ICRD", tags.Date);
        SubChunk(body, "ISFT", tags.Generator);
        SubChunk(body, "ISRC", tags.ArticleUrl);
        SubChunk(body, "ICMT", tags.SyntheticMark);

        var chunk = new byte[8 + body.Length];
        "LIST"u8.CopyTo(chunk);
        BinaryPrimitives.WriteUInt32LittleEndian(chunk.AsSpan(4), (uint)body.Length);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(chunk.AsSpan(8));
        return chunk;
    }

    private static void SubChunk(MemoryStream body, string id, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        int size = utf8.Length + 1; // the terminating NUL counts in the size...
        Span<byte> header = stackalloc byte[8];
        Encoding.ASCII.GetBytes(id, header);
        BinaryPrimitives.WriteUInt32LittleEndian(header[4..], (uint)size);
        body.Write(header);
        body.Write(utf8);
        body.WriteByte(0);
        if (size % 2 == 1)
        {
            body.WriteByte(0); // ...the pad byte to an even length does not
        }
    }
}
