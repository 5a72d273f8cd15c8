using System.Text;
using Aloud.Store.FileSystem;

namespace Aloud.Tests.Store.FileSystem;

public sealed class FileSystemBlobStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_blob_reads_back_as_written_with_its_length()
    {
        var blobs = new FileSystemBlobStore(_folder.Path);
        var length = await blobs.PutAsync("audio/abc/r1.mp3", s => s.WriteAsync(Encoding.ASCII.GetBytes("hello")).AsTask());

        await using var read = await blobs.OpenReadAsync("audio/abc/r1.mp3");
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(5, length);
        Assert.Equal("hello", Encoding.ASCII.GetString(copy.ToArray()));
        Assert.Equal(5, (await blobs.StatAsync("audio/abc/r1.mp3"))!.Length);
    }

    [Fact]
    public async Task A_failed_write_leaves_the_old_blob_and_no_temporary_file()
    {
        var blobs = new FileSystemBlobStore(_folder.Path);
        await blobs.PutAsync("a/b.txt", s => s.WriteAsync(Encoding.ASCII.GetBytes("old")).AsTask());

        await Assert.ThrowsAsync<InvalidOperationException>(() => blobs.PutAsync("a/b.txt", async s =>
        {
            await s.WriteAsync(Encoding.ASCII.GetBytes("half"));
            throw new InvalidOperationException("encoder died");
        }));

        Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(_folder.Path, "a", "b.txt")));
        Assert.Single(Directory.GetFiles(Path.Combine(_folder.Path, "a")));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("audio/../../escape")]
    [InlineData("/etc/passwd")]
    [InlineData("audio//x")]
    [InlineData("audio/x y")]
    [InlineData("audio/..")]
    public async Task Keys_that_could_leave_the_root_are_refused(string key)
    {
        var blobs = new FileSystemBlobStore(_folder.Path);
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.PutAsync(key, s => Task.CompletedTask));
        await Assert.ThrowsAsync<ArgumentException>(() => blobs.OpenReadAsync(key));
    }

    [Fact]
    public async Task A_missing_blob_is_null_and_a_folder_deletes_whole()
    {
        var blobs = new FileSystemBlobStore(_folder.Path);
        await blobs.PutAsync("audio/x/r1.mp3", s => s.WriteAsync(new byte[3]).AsTask());
        await blobs.PutAsync("audio/x/r1.json", s => s.WriteAsync(new byte[3]).AsTask());

        await blobs.DeletePrefixAsync("audio/x/");

        Assert.Null(await blobs.OpenReadAsync("audio/x/r1.mp3"));
        Assert.Null(await blobs.StatAsync("audio/x/r1.json"));
    }
}
