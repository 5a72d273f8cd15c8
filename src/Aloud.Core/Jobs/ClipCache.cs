using System.Buffers.Binary;
using Aloud.Speech;
using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>
/// Synthesised sentences kept as blobs ("cache/ab/abcdef....clip"), keyed by what was spoken and how, so an
/// edit or a lexicon change re-synthesises only the sentences it touches. A damaged entry is a miss, never an error.
/// </summary>
public sealed class ClipCache(IBlobStore blobs)
{
    private const uint Magic = 0x50494c43; // "CLIP"

    public async Task<Clip?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var stream = await blobs.OpenReadAsync(BlobKey(key), cancellationToken).ConfigureAwait(false);
        if (stream is null) return null;
        try
        {
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException)
        {
            return null;
        }
    }

    public Task PutAsync(string key, Clip clip, CancellationToken cancellationToken = default) =>
        blobs.PutAsync(BlobKey(key), stream => stream.WriteAsync(Encode(clip), cancellationToken).AsTask(), cancellationToken);

    /// <summary>
    /// Removes the oldest entries until the cache holds at most <paramref name="maxBytes"/>. Oldest by when they
    /// were written, which for a newsroom is close to least recently used: old articles are rarely edited.
    /// </summary>
    /// <returns>The entries and bytes removed.</returns>
    public async Task<(int Entries, long Bytes)> PruneAsync(long maxBytes, CancellationToken cancellationToken = default)
    {
        var entries = new List<BlobInfo>();
        await foreach (var entry in blobs.ListAsync(Folder, cancellationToken).ConfigureAwait(false))
        {
            entries.Add(entry);
        }
        var total = entries.Sum(e => e.Length);
        var (removed, freed) = (0, 0L);
        foreach (var entry in entries.OrderBy(e => e.LastModified))
        {
            if (total - freed <= maxBytes) break;
            await blobs.DeleteAsync(entry.Key, cancellationToken).ConfigureAwait(false);
            (removed, freed) = (removed + 1, freed + entry.Length);
        }
        return (removed, freed);
    }

    private const string Folder = "cache/";

    private static string BlobKey(string key) => $"{Folder}{key[..2]}/{key}.clip";

    internal static byte[] Encode(Clip clip)
    {
        var bytes = new byte[16 + clip.Words.Count * 20 + clip.Samples.Length * 4];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], clip.SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], clip.Words.Count);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], clip.Samples.Length);
        var at = 16;
        foreach (var word in clip.Words)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], word.WordIndex);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(at + 4)..], word.StartMs);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(at + 12)..], word.EndMs);
            at += 20;
        }
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(clip.Samples.AsSpan()).CopyTo(span[at..]);
        return bytes;
    }

    internal static Clip Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 16 || BinaryPrimitives.ReadUInt32LittleEndian(bytes) != Magic) throw new FormatException("not a cached clip");
        var rate = BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]);
        var words = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        var samples = BinaryPrimitives.ReadInt32LittleEndian(bytes[12..]);
        if (rate <= 0 || words < 0 || samples < 0 || bytes.Length != 16 + (long)words * 20 + (long)samples * 4) throw new FormatException("truncated cached clip");
        var timings = new WordTiming[words];
        var at = 16;
        for (var i = 0; i < words; i++, at += 20)
        {
            timings[i] = new WordTiming(BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]), BinaryPrimitives.ReadDoubleLittleEndian(bytes[(at + 4)..]), BinaryPrimitives.ReadDoubleLittleEndian(bytes[(at + 12)..]));
        }
        var audio = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(bytes[at..]).ToArray();
        return new Clip(audio, rate, timings);
    }
}
