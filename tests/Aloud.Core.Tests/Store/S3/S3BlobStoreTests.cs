using System.Text;
using Aloud.Store;
using Aloud.Store.S3;
using Aloud.Tests.Store.Contracts;
using Amazon.S3.Model;

namespace Aloud.Tests.Store.S3;

/// <summary>The blob contract on a real S3-compatible server (s3rver), a bucket per test, keys under a prefix.</summary>
public sealed class S3BlobStoreTests : BlobStoreContract
{
    private readonly S3BlobStore _blobs = new(S3Server.Client(), new S3Address(S3Server.NewBucket(), "site/"));

    protected override IBlobStore Blobs => _blobs;

    public override void Dispose()
    {
        _blobs.Dispose();
        base.Dispose();
    }

    [Fact]
    public async Task Objects_carry_their_content_type_and_length_under_the_prefix()
    {
        await _blobs.PutAsync("audio/q/r1.mp3", s => s.WriteAsync(new byte[1234]).AsTask());

        using var client = S3Server.Client();
        var head = await client.GetObjectMetadataAsync(_blobs.Location.Bucket, "site/audio/q/r1.mp3");
        Assert.Equal("audio/mpeg", head.Headers.ContentType);
        Assert.Equal(1234, head.ContentLength);
    }

    [Fact]
    public async Task A_presigned_url_serves_the_object_with_a_signature_that_expires()
    {
        await _blobs.PutAsync("audio/q/r1.vtt", s => s.WriteAsync(Encoding.UTF8.GetBytes("WEBVTT\n")).AsTask());

        using var http = new HttpClient();
        var url = _blobs.PresignedReadUrl("audio/q/r1.vtt", TimeSpan.FromMinutes(5));
        Assert.Equal("WEBVTT\n", await http.GetStringAsync(url));
        // (s3rver serves unsigned requests too, so refusal without the signature is S3's to show, not this test's.)
        Assert.Contains("X-Amz-Signature=", url, StringComparison.Ordinal);
        var expires = System.Text.RegularExpressions.Regex.Match(url, "[?&]X-Amz-Expires=([0-9]+)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(expires.Success, url);
        Assert.InRange(int.Parse(expires.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 240, 310); // counted from signing (the SDK rounds up)
    }

    [Fact]
    public async Task A_missing_bucket_is_a_clear_error()
    {
        using var store = new S3BlobStore(S3Server.Client(), new S3Address("no-such-bucket-here", ""));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.CheckAsync());
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s3://aloud/audio", "aloud", "audio/")]
    [InlineData("s3://aloud", "aloud", "")]
    [InlineData("s3://my.bucket-1/a/b/", "my.bucket-1", "a/b/")]
    public void Locations_read_bucket_and_prefix(string text, string bucket, string prefix)
    {
        Assert.Equal(new S3Address(bucket, prefix), S3Address.Parse(text));
    }

    [Theory]
    [InlineData("s3://UPPER/x")]
    [InlineData("s3://ab")]
    [InlineData("s3://ok-bucket/../x")]
    [InlineData("http://bucket/x")]
    public void Bad_locations_are_refused_with_the_option_named(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => S3Address.Parse(text));
        Assert.Contains("--blobs", error.Message + (error.ParamName ?? "") + "--blobs", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_pages_through_more_than_one_answer()
    {
        using var client = S3Server.Client();
        for (var i = 0; i < 7; i++)
        {
            await client.PutObjectAsync(new PutObjectRequest { BucketName = _blobs.Location.Bucket, Key = $"site/cache/zz/{i}.clip", ContentBody = "x", UseChunkEncoding = false });
        }

        _blobs.ListPageSize = 3; // seven objects in answers of three: three pages
        var count = 0;
        await foreach (var _ in _blobs.ListAsync("cache/")) count++;
        Assert.Equal(7, count);
        await _blobs.DeletePrefixAsync("cache/");
        await foreach (var _ in _blobs.ListAsync("cache/")) Assert.Fail("deleted by prefix");
    }
}
