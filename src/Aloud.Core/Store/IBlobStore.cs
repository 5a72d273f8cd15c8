namespace Aloud.Store;

/// <summary>A stored blob's facts: its size and when it was written.</summary>
public sealed record BlobInfo(string Key, long Length, DateTimeOffset LastModified);

/// <summary>A blob opened for reading, with its facts: the caller disposes <see cref="Content"/>.</summary>
public sealed record OpenedBlob(Stream Content, BlobInfo Info);

/// <summary>
/// Where audio files and cached clips live. Keys are relative paths of safe characters ("audio/ab12/r3.mp3").
/// A blob is written whole or not at all: readers never see a part of one.
/// </summary>
public interface IBlobStore
{
    /// <summary>Writes the blob whole, replacing any blob of that key. <paramref name="write"/> fills the stream.</summary>
    Task<long> PutAsync(string key, Func<Stream, Task> write, CancellationToken cancellationToken = default);

    Task<BlobInfo?> StatAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A seekable stream over the blob, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>
    /// The blob's stream and facts together, or null when there is none. A store that can take the facts from the
    /// open blob does (one open instead of a look-up and an open), so they always describe the bytes read.
    /// </summary>
    async Task<OpenedBlob?> OpenWithInfoAsync(string key, CancellationToken cancellationToken = default)
    {
        var info = await StatAsync(key, cancellationToken).ConfigureAwait(false);
        var stream = info is null ? null : await OpenReadAsync(key, cancellationToken).ConfigureAwait(false);
        return stream is null ? null : new OpenedBlob(stream, info!);
    }

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Every blob whose key starts with <paramref name="prefix"/> (a folder, ending in '/'), in no set order.</summary>
    IAsyncEnumerable<BlobInfo> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Deletes every blob whose key starts with <paramref name="prefix"/>.</summary>
    Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default);
}
