using System.Text;
using Aloud.Store;
using Aloud.Store.FileSystem;
using Aloud.Tests.Store.Contracts;

namespace Aloud.Tests.Store.FileSystem;

/// <summary>The blob contract on files, and what only files can show: no temporary file is left behind.</summary>
public sealed class FileSystemBlobStoreTests : BlobStoreContract
{
    private readonly TempFolder _folder = new();

    protected override IBlobStore Blobs => new FileSystemBlobStore(_folder.Path);

    public override void Dispose()
    {
        _folder.Dispose();
        base.Dispose();
    }

    [Fact]
    public async Task A_failed_write_leaves_no_temporary_file()
    {
        await Blobs.PutAsync("a/b.txt", s => s.WriteAsync(Encoding.ASCII.GetBytes("old")).AsTask());

        await Assert.ThrowsAsync<InvalidOperationException>(() => Blobs.PutAsync("a/b.txt", async s =>
        {
            await s.WriteAsync(Encoding.ASCII.GetBytes("half"));
            throw new InvalidOperationException("encoder died");
        }));

        Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(_folder.Path, "a", "b.txt")));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "a")));
    }

    /// <summary>A listener in the middle of a range keeps reading the narration it started, whatever replaces it.</summary>
    [Fact]
    public async Task A_blob_opened_before_it_is_replaced_reads_the_old_bytes_whole()
    {
        await Blobs.PutAsync("audio/abc/r5.json", s => s.WriteAsync(Encoding.ASCII.GetBytes("the first narration")).AsTask());
        var opened = (await Blobs.OpenWithInfoAsync("audio/abc/r5.json"))!;
        await using var read = opened.Content;

        await Blobs.PutAsync("audio/abc/r5.json", s => s.WriteAsync(Encoding.ASCII.GetBytes("second")).AsTask());
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);

        Assert.Equal("the first narration", Encoding.ASCII.GetString(copy.ToArray()));
        Assert.Equal(copy.Length, opened.Info.Length);
    }
}
