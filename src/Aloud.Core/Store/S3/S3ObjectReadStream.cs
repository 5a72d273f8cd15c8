using Amazon.S3;
using Amazon.S3.Model;

namespace Aloud.Store.S3;

/// <summary>
/// A seekable, read-only view of one S3 object. Reading starts a ranged GET from the current position to the end
/// and keeps reading that response while reads follow on; a seek drops it and the next read starts a new one. So a
/// Range request for the last kilobyte fetches a kilobyte, and a whole-file copy is one GET.
/// </summary>
internal sealed class S3ObjectReadStream(IAmazonS3 client, string bucket, string key, long length) : Stream
{
    private GetObjectResponse? _response;
    private Stream? _body;
    private long _bodyPosition = -1;
    private long _position;

    public override bool CanRead => true;
    public override bool CanSeek => true;
    public override bool CanWrite => false;
    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_position >= length || buffer.Length == 0) return 0;
        if (_body is null || _bodyPosition != _position)
        {
            DropResponse();
            _response = await client.GetObjectAsync(new GetObjectRequest
            {
                BucketName = bucket,
                Key = key,
                ByteRange = new ByteRange(_position, length - 1),
            }, cancellationToken).ConfigureAwait(false);
            _body = _response.ResponseStream;
            _bodyPosition = _position;
        }
        var read = await _body.ReadAsync(buffer[..(int)Math.Min(buffer.Length, length - _position)], cancellationToken).ConfigureAwait(false);
        if (read == 0) throw new IOException($"the S3 object {key} ended at byte {_position} of {length}: it changed while being read");
        _position += read;
        _bodyPosition = _position;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void DropResponse()
    {
        _body?.Dispose();
        _response?.Dispose();
        (_body, _response) = (null, null);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) DropResponse();
        base.Dispose(disposing);
    }
}
