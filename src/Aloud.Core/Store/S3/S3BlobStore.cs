using System.Net;
using System.Runtime.CompilerServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace Aloud.Store.S3;

/// <summary>
/// Blobs in an S3-compatible bucket. A blob is spooled to a temporary file and sent in one PUT with its length and
/// content type: S3 makes an object visible whole or not at all, which is the promise <see cref="IBlobStore"/> makes.
/// Reads are ranged GETs behind a seekable stream, so serving a byte range fetches only that range.
/// </summary>
public sealed class S3BlobStore(IAmazonS3 client, S3Address location) : IBlobStore, IDisposable
{
    public S3Address Location { get; } = location;

    /// <summary>Keys asked for per listing request (S3 answers at most 1,000).</summary>
    public int ListPageSize { get; set; } = 1000;

    /// <summary>Fails with a clear message when the bucket is missing or the credentials are refused.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await client.HeadBucketAsync(new HeadBucketRequest { BucketName = Location.Bucket }, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound || e.ErrorCode == "NoSuchBucket")
        {
            throw new InvalidOperationException($"the S3 bucket '{Location.Bucket}' does not exist at {client.Config.ServiceURL ?? client.Config.RegionEndpoint?.SystemName}: create it first", e);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            throw new InvalidOperationException($"the S3 server refused the credentials for bucket '{Location.Bucket}': {e.Message}", e);
        }
    }

    public async Task<long> PutAsync(string key, Func<Stream, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var objectKey = ObjectKey(key);
        var spool = Path.Combine(Path.GetTempPath(), $"aloud-s3-{Guid.NewGuid():N}.part");
        await using var file = new FileStream(spool, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await write(file).ConfigureAwait(false);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        var length = file.Length;
        file.Position = 0;
        var request = new PutObjectRequest
        {
            BucketName = Location.Bucket,
            Key = objectKey,
            InputStream = file,
            AutoCloseStream = false,
            ContentType = BlobKeys.ContentTypeOf(key),
            // Compatible servers (s3rver among them) do not all read aws-chunked bodies; a plain body with its length does everywhere.
            UseChunkEncoding = false,
        };
        request.Headers.ContentLength = length;
        await client.PutObjectAsync(request, cancellationToken).ConfigureAwait(false);
        return length;
    }

    public async Task<BlobInfo?> StatAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var head = await client.GetObjectMetadataAsync(Location.Bucket, ObjectKey(key), cancellationToken).ConfigureAwait(false);
            return new BlobInfo(key, head.ContentLength, new DateTimeOffset(DateTime.SpecifyKind(head.LastModified ?? DateTime.UtcNow, DateTimeKind.Utc)));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var info = await StatAsync(key, cancellationToken).ConfigureAwait(false);
        return info is null ? null : new S3ObjectReadStream(client, Location.Bucket, ObjectKey(key), info.Length);
    }

    /// <summary>A URL anyone can GET the blob from for <paramref name="validFor"/>, signed with this store's credentials.</summary>
    public string PresignedReadUrl(string key, TimeSpan validFor) =>
        client.GetPreSignedURL(new GetPreSignedUrlRequest
        {
            BucketName = Location.Bucket,
            Key = ObjectKey(key),
            Verb = HttpVerb.GET,
            Expires = DateTime.UtcNow.Add(validFor),
            Protocol = client.Config.ServiceURL?.StartsWith("http://", StringComparison.OrdinalIgnoreCase) == true ? Protocol.HTTP : Protocol.HTTPS,
        });

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await client.DeleteObjectAsync(Location.Bucket, ObjectKey(key), cancellationToken).ConfigureAwait(false);

    public async IAsyncEnumerable<BlobInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in ListObjectsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            yield return new BlobInfo(item.Key![Location.Prefix.Length..], item.Size ?? 0,
                new DateTimeOffset(DateTime.SpecifyKind(item.LastModified ?? DateTime.UtcNow, DateTimeKind.Utc)));
        }
    }

    public async Task DeletePrefixAsync(string prefix, CancellationToken cancellationToken = default)
    {
        if (!prefix.EndsWith('/')) throw new ArgumentException("a prefix must name a folder and end with '/'", nameof(prefix));
        var batch = new List<KeyVersion>();
        await foreach (var item in ListObjectsAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            batch.Add(new KeyVersion { Key = item.Key });
            if (batch.Count == 1000) await DeleteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        if (batch.Count > 0) await DeleteBatchAsync(batch, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteBatchAsync(List<KeyVersion> keys, CancellationToken cancellationToken)
    {
        await client.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = Location.Bucket, Objects = [.. keys], Quiet = true }, cancellationToken).ConfigureAwait(false);
        keys.Clear();
    }

    private async IAsyncEnumerable<S3Object> ListObjectsAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (prefix.Length > 0) BlobKeys.Validate(prefix.TrimEnd('/'));
        var request = new ListObjectsV2Request { BucketName = Location.Bucket, Prefix = Location.Prefix + prefix, MaxKeys = ListPageSize };
        while (true)
        {
            var page = await client.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.S3Objects ?? []) yield return item;
            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken)) yield break;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    private string ObjectKey(string key)
    {
        BlobKeys.Validate(key);
        return Location.Prefix + key;
    }

    public void Dispose() => client.Dispose();
}
