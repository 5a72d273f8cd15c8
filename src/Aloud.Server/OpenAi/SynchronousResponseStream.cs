namespace Aloud.Server.OpenAi;

/// <summary>
/// Collects what the (synchronous) audio encoders write and sends it to the response asynchronously on
/// <see cref="SendAsync"/>: Kestrel forbids synchronous writes to a response, and the encoders' flush after each
/// sentence becomes one network write here.
/// </summary>
internal sealed class SynchronousResponseStream(Stream response) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    /// <summary>The encoders flush after every write: nothing to do until <see cref="SendAsync"/>.</summary>
    public override void Flush()
    {
    }

    /// <summary>Sends what was written since the last call, and flushes it to the client.</summary>
    public async Task SendAsync(CancellationToken token)
    {
        if (_pending.Length > 0)
        {
            await response.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), token).ConfigureAwait(false);
            _pending.SetLength(0);
        }
        await response.FlushAsync(token).ConfigureAwait(false);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
