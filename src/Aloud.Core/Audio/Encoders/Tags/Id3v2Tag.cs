using System.Buffers.Binary;
using System.Text;

namespace Aloud.Audio.Encoders.Tags;

/// <summary>
/// Builds an ID3v2.4 tag for the start of an MP3 file. Written by hand rather than through libmp3lame's
/// id3tag_* API: LAME's setters take Latin-1 (UTF-16 only through a separate, fiddly call per frame) and would
/// put the tag where it also has to track the Xing frame; ID3v2.4 allows UTF-8 text frames, which carry any
/// title as is, and the format is a few bytes of framing.
/// </summary>
internal static class Id3v2Tag
{
    private const byte Utf8 = 3; // ID3v2.4 text encoding byte for UTF-8

    /// <summary>
    /// The complete tag: header plus TIT2, TPE1, TALB, TDRC, WOAS, TENC, TSSE, COMM (the synthetic-speech mark,
    /// for players that only show comments) and TXXX frames VOICE and SYNTHETIC_SPEECH. Empty fields are left out.
    /// </summary>
    /// <param name="tags">What to write.</param>
    /// <param name="encoderSettings">The TSSE frame: which encoder made the audio and how.</param>
    public static byte[] Build(AudioTags tags, string encoderSettings)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var frames = new MemoryStream();
        TextFrame(frames, "TIT2", tags.Title);
        TextFrame(frames, "TPE1", tags.Artist);
        TextFrame(frames, "TALB", tags.Album);
        TextFrame(frames, "TDRC", tags.Date);
        UrlFrame(frames, "WOAS", tags.ArticleUrl);
        TextFrame(frames, "TENC", tags.Generator);
        TextFrame(frames, "TSSE", encoderSettings);
        CommentFrame(frames, tags.SyntheticMark);
        UserTextFrame(frames, TagNames.Voice, tags.Voice);
        UserTextFrame(frames, TagNames.SyntheticSpeech, tags.SyntheticMark);

        var tag = new byte[10 + frames.Length];
        "ID3"u8.CopyTo(tag);
        tag[3] = 4; // version 2.4.0
        tag[4] = 0;
        tag[5] = 0; // no unsynchronisation, no extended header, not experimental, no footer
        WriteSyncsafe(tag.AsSpan(6), (int)frames.Length);
        frames.GetBuffer().AsSpan(0, (int)frames.Length).CopyTo(tag.AsSpan(10));
        return tag;
    }

    private static void TextFrame(MemoryStream frames, string id, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var body = new byte[1 + utf8.Length];
        body[0] = Utf8;
        utf8.CopyTo(body, 1);
        Frame(frames, id, body);
    }

    private static void UrlFrame(MemoryStream frames, string id, string? url)
    {
        // URL frames are Latin-1 with no encoding byte: write the escaped ASCII form of the address, which
        // every client resolves to the same page; an address that cannot be made ASCII is left out.
        if (string.IsNullOrEmpty(url))
        {
            return;
        }

        string ascii = Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.AbsoluteUri : url;
        if (!Ascii.IsValid(ascii))
        {
            return;
        }

        Frame(frames, id, Encoding.ASCII.GetBytes(ascii));
    }

    private static void CommentFrame(MemoryStream frames, string text)
    {
        // Encoding, a language code, an empty description (NUL-terminated), then the text.
        byte[] utf8 = Encoding.UTF8.GetBytes(text);
        var body = new byte[5 + utf8.Length];
        body[0] = Utf8;
        "eng"u8.CopyTo(body.AsSpan(1));
        body[4] = 0;
        utf8.CopyTo(body, 5);
        Frame(frames, "COMM", body);
    }

    private static void UserTextFrame(MemoryStream frames, string description, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        byte[] name = Encoding.UTF8.GetBytes(description);
        byte[] text = Encoding.UTF8.GetBytes(value);
        var body = new byte[1 + name.Length + 1 + text.Length];
        body[0] = Utf8;
        name.CopyTo(body, 1);
        body[1 + name.Length] = 0; // the description ends with a NUL
        text.CopyTo(body, 2 + name.Length);
        Frame(frames, "TXXX", body);
    }

    private static void Frame(MemoryStream frames, string id, byte[] body)
    {
        Span<byte> header = stackalloc byte[10];
        Encoding.ASCII.GetBytes(id, header);
        // ID3v2.4 frame sizes are syncsafe (7 bits per byte), unlike v2.3's plain 32-bit sizes.
        WriteSyncsafe(header[4..], body.Length);
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], 0); // no frame flags
        frames.Write(header);
        frames.Write(body);
    }

    private static void WriteSyncsafe(Span<byte> destination, int value)
    {
        if (value >= 1 << 28)
        {
            throw new ArgumentException("ID3v2 tag too large (256 MB limit).", nameof(value));
        }

        destination[0] = (byte)((value >> 21) & 0x7F);
        destination[1] = (byte)((value >> 14) & 0x7F);
        destination[2] = (byte)((value >> 7) & 0x7F);
        destination[3] = (byte)(value & 0x7F);
    }
}
