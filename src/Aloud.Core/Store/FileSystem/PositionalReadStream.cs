using Microsoft.Win32.SafeHandles;

namespace Aloud.Store.FileSystem;

/// <summary>
/// A read-only, seekable stream over an open file that reads at its own position (pread) and keeps no buffer. Its
/// asynchronous reads complete at once: on Linux a FileStream's asynchronous read is a hop through the thread pool,
/// which costs more than reading a served audio range from the page cache. The length is the file's at open: a
/// blob is replaced by a rename, never rewritten in place, so the open file never changes under the reader.
/// </summary>
internal sealed class PositionalReadStream(SafeFileHandle handle, long length) : Stream
{
    private long _position;

    public override bool CanRead => !handle.IsClosed;

    public override bool CanSeek => !handle.IsClosed;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "a position cannot be negative");
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(handle.IsClosed, this);
        if (_position >= length || buffer.IsEmpty) return 0;
        var read = RandomAccess.Read(handle, buffer[..(int)Math.Min(buffer.Length, length - _position)], _position);
        _position += read;
        return read;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        cancellationToken.IsCancellationRequested ? ValueTask.FromCanceled<int>(cancellationToken) : new(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
        // nothing is written
    }

    public override void SetLength(long value) => throw new NotSupportedException("a blob is read-only");

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("a blob is read-only");

    protected override void Dispose(bool disposing)
    {
        if (disposing) handle.Dispose();
        base.Dispose(disposing);
    }
}
