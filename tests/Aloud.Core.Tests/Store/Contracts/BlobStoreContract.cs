using System.Text;
using Aloud.Store;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every blob store must do (files on disk, S3); a subclass gives a fresh, empty store.</summary>
public abstract class BlobStoreContract : IDisposable
{
    protected abstract IBlobStore Blobs { get; }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    private static Task Bytes(Stream s, byte[] bytes) => s.WriteAsync(bytes).AsTask();

    private async Task<byte[]> ReadAll(string key)
    {
        await using var read = await Blobs.OpenReadAsync(key) ?? throw new InvalidOperationException($"no blob {key}");
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_blob_reads_back_byte_for_byte_with_its_length()
    {
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        var length = await Blobs.PutAsync("audio/abc/r1.mp3", s => Bytes(s, bytes));

        Assert.Equal(bytes.Length, length);
        Assert.Equal(bytes, await ReadAll("audio/abc/r1.mp3"));
        Assert.Equal(bytes.Length, (await Blobs.StatAsync("audio/abc/r1.mp3"))!.Length);
    }

    [Fact]
    public async Task A_read_stream_seeks_like_a_file_so_ranges_read_only_their_bytes()
    {
        var bytes = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 7)).ToArray();
        await Blobs.PutAsync("audio/abc/r2.ogg", s => Bytes(s, bytes));

        await using var read = (await Blobs.OpenReadAsync("audio/abc/r2.ogg"))!;
        Assert.True(read.CanSeek);
        Assert.Equal(bytes.Length, read.Length);
        var tail = new byte[10];
        read.Seek(-10, SeekOrigin.End);
        await read.ReadExactlyAsync(tail);
        Assert.Equal(bytes[^10..], tail);
        read.Position = 5000;
        var middle = new byte[3000];
        await read.ReadExactlyAsync(middle);
        Assert.Equal(bytes[5000..8000], middle);
        Assert.Equal(8000, read.Position);
        read.Position = bytes.Length;
        Assert.Equal(0, await read.ReadAsync(new byte[1].AsMemory(), CancellationToken.None));
    }

    [Fact]
    public async Task Opened_with_its_facts_a_blob_seeks_and_reads_its_ranges_and_says_its_length_and_date()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 13)).ToArray();
        await Blobs.PutAsync("audio/abc/r3.mp3", s => Bytes(s, bytes));
        var stat = (await Blobs.StatAsync("audio/abc/r3.mp3"))!;

        var opened = (await Blobs.OpenWithInfoAsync("audio/abc/r3.mp3"))!;
        await using var read = opened.Content;

        Assert.Equal(bytes.Length, opened.Info.Length);
        Assert.Equal(stat.LastModified, opened.Info.LastModified);
        Assert.True(read.CanSeek);
        Assert.Equal(bytes.Length, read.Length);
        read.Seek(70_000, SeekOrigin.Begin);
        var range = new byte[65_536];
        await read.ReadExactlyAsync(range);
        Assert.Equal(bytes[70_000..135_536], range);
        read.Seek(-5, SeekOrigin.End);
        var tail = new byte[64];
        Assert.Equal(5, await read.ReadAtLeastAsync(tail, 64, throwOnEndOfStream: false));
        Assert.Equal(bytes[^5..], tail[..5]);
        Assert.Null(await Blobs.OpenWithInfoAsync("audio/abc/r4.mp3"));
    }

    [Fact]
    public async Task Writing_a_key_again_replaces_it_whole()
    {
        await Blobs.PutAsync("a/b.txt", s => Bytes(s, Encoding.ASCII.GetBytes("the old text")));
        await Blobs.PutAsync("a/b.txt", s => Bytes(s, Encoding.ASCII.GetBytes("new")));

        Assert.Equal("new", Encoding.ASCII.GetString(await ReadAll("a/b.txt")));
    }

    [Fact]
    public async Task A_write_that_fails_halfway_leaves_the_old_blob()
    {
        await Blobs.PutAsync("a/b.txt", s => Bytes(s, Encoding.ASCII.GetBytes("old")));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Blobs.PutAsync("a/b.txt", async s =>
        {
            await s.WriteAsync(Encoding.ASCII.GetBytes("half"));
            throw new InvalidOperationException("encoder died");
        }));

        Assert.Equal("old", Encoding.ASCII.GetString(await ReadAll("a/b.txt")));
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
        await Assert.ThrowsAsync<ArgumentException>(() => Blobs.PutAsync(key, s => Task.CompletedTask));
        await Assert.ThrowsAsync<ArgumentException>(() => Blobs.OpenReadAsync(key));
    }

    [Fact]
    public async Task A_missing_blob_is_null_and_a_folder_deletes_whole()
    {
        await Blobs.PutAsync("audio/x/r1.mp3", s => Bytes(s, new byte[3]));
        await Blobs.PutAsync("audio/x/r1.json", s => Bytes(s, new byte[3]));
        await Blobs.PutAsync("audio/y/r1.mp3", s => Bytes(s, new byte[4]));

        await Blobs.DeletePrefixAsync("audio/x/");

        Assert.Null(await Blobs.OpenReadAsync("audio/x/r1.mp3"));
        Assert.Null(await Blobs.StatAsync("audio/x/r1.json"));
        Assert.Equal(4, (await Blobs.StatAsync("audio/y/r1.mp3"))!.Length);
    }

    [Fact]
    public async Task Listing_a_folder_gives_every_blob_under_it_by_its_key()
    {
        for (var i = 0; i < 5; i++) await Blobs.PutAsync($"cache/ab/{i}.clip", s => Bytes(s, new byte[i + 1]));
        await Blobs.PutAsync("audio/z/r1.mp3", s => Bytes(s, new byte[9]));

        var listed = new List<BlobInfo>();
        await foreach (var blob in Blobs.ListAsync("cache/")) listed.Add(blob);

        Assert.Equal(["cache/ab/0.clip", "cache/ab/1.clip", "cache/ab/2.clip", "cache/ab/3.clip", "cache/ab/4.clip"], listed.Select(b => b.Key).Order());
        Assert.Equal(15, listed.Sum(b => b.Length));
    }

    [Fact]
    public async Task Deleting_a_missing_blob_is_not_an_error()
    {
        await Blobs.DeleteAsync("audio/none/r1.mp3");
        Assert.Null(await Blobs.StatAsync("audio/none/r1.mp3"));
    }
}
