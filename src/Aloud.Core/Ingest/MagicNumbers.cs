namespace Aloud.Ingest;

/// <summary>Recognises common non-text formats by their leading bytes, for a helpful "binary input" message.</summary>
internal static class MagicNumbers
{
    /// <summary>A human name of the format ("PNG image"), or null when no known signature matches.</summary>
    public static string? Describe(ReadOnlySpan<byte> b) => b switch
    {
        [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => "PDF document",
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => "PNG image",
        [0xFF, 0xD8, 0xFF, ..] => "JPEG image",
        [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => "GIF image",
        [(byte)'P', (byte)'K', 0x03 or 0x05 or 0x07, 0x04 or 0x06 or 0x08, ..] => "ZIP archive",
        [0x1F, 0x8B, ..] => "gzip archive",
        [(byte)'I', (byte)'D', (byte)'3', < 0x10, ..] => "MP3 audio",
        [0xFF, 0xFB or 0xFA or 0xF3 or 0xF2 or 0xE3 or 0xE2, ..] => "MP3 audio", // MPEG frame sync, no ID3 tag
        [(byte)'O', (byte)'g', (byte)'g', (byte)'S', ..] => "Ogg audio",
        [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, .. var rest] => Riff(rest),
        [(byte)'f', (byte)'L', (byte)'a', (byte)'C', ..] => "FLAC audio",
        [0x1A, 0x45, 0xDF, 0xA3, ..] => "WebM/Matroska video",
        [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', ..] => "MP4 media",
        [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] => "executable",
        [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, ..] => "7-Zip archive",
        [(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07, ..] => "RAR archive",
        [0x28, 0xB5, 0x2F, 0xFD, ..] => "zstd archive",
        [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, ..] => "Microsoft Office document",
        [(byte)'w', (byte)'O', (byte)'F', (byte)'F' or (byte)'2', ..] => "web font",
        _ => null,
    };

    private static string Riff(ReadOnlySpan<byte> rest) => rest switch
    {
        [(byte)'W', (byte)'A', (byte)'V', (byte)'E', ..] => "WAV audio",
        [(byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "WebP image",
        [(byte)'A', (byte)'V', (byte)'I', (byte)' ', ..] => "AVI video",
        _ => "RIFF media file",
    };
}
