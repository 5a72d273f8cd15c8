using Microsoft.Win32.SafeHandles;

namespace Aloud.Store.FileSystem;

/// <summary>
/// Blobs as files under one root folder. A blob is written to a temporary file beside its final name, flushed
/// to disk, then renamed over it: a reader sees the old file or the new one, never half of one. Keys are checked
/// before they become paths, so no key can leave the root.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string _root;

    public FileSystemBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public async Task<long> PutAsync(string key, Func<Stream, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            long length;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(file).ConfigureAwait(false);
                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
                length = file.Length;
            }
            File.Move(temporary, path, overwrite: true);
            return length;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<BlobInfo?> StatAsync(string key, CancellationToken cancellationToken = default)
    {
        var info = new FileInfo(PathOf(key));
        return Task.FromResult(info.Exists ? new BlobInfo(key, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero)) : null);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <summary>One open and one fstat; reads go straight to the file at their offset (see <see cref="PositionalReadStream"/>).</summary>
    public Task<OpenedBlob?> OpenWithInfoAsync(string key, CancellationToken cancellationToken = default)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<OpenedBlob?>(null);
        }
        try
        {
            var length = RandomAccess.GetLength(handle);
            var modified = new DateTimeOffset(File.GetLastWriteTimeUtc(handle), TimeSpan.Zero);
            return Task.FromResult<OpenedBlob?>(new OpenedBlob(new PositionalReadStream(handle, length), new BlobInfo(key, length, modified)));
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            File.Delete(PathOf(key));
        }
        catch (DirectoryNotFoundException)
        {
            // its folder is gone too: nothing to delete, as for a missing file
        }
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<BlobInfo> ListAsync(string prefix, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!prefix.EndsWith('/')) throw new ArgumentException("a prefix must name a folder and end with '/'", nameof(prefix));
        var folder = PathOf(prefix.TrimEnd('/'));
        if (!Directory.Exists(folder)) yield break;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (file.Name.EndsWith(".tmp", StringComparison.Ordinal)) continue; // a write in progress
            var key = Path.GetRelativePath(_root, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            yield return new BlobInfo(key, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    public Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        // Only whole folders ("audio/abc/") are deleted by prefix here, the only shape the service uses.
        if (!prefix.EndsWith('/')) throw new ArgumentException("a prefix must name a folder and end with '/'", nameof(prefix));
        var folder = PathOf(prefix.TrimEnd('/'));
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The file of a key (see <see cref="BlobKeys.Validate"/>), always inside the root.</summary>
    private string PathOf(string key)
    {
        var parts = BlobKeys.Validate(key);
        var path = Path.GetFullPath(Path.Combine([_root, .. parts]));
        return path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path
            : throw new ArgumentException($"not a valid blob key: {key}", nameof(key));
    }
}
