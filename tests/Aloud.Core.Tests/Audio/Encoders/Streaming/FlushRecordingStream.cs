namespace Aloud.Tests.Audio.Encoders.Streaming;

/// <summary>
/// A memory stream that notes how many bytes had been written at each Flush: what an HTTP response would have
/// sent by then. Non-seekable on purpose, like a response body.
/// </summary>
internal sealed class FlushRecordingStream : Stream
{
    private readonly MemoryStream _bytes = new();

    public List<long> FlushedLengths { get; } = [];

    /// <summary>Bytes written and flushed so far (what a client has received).</summary>
    public long Flushed => FlushedLengths.Count == 0 ? 0 : FlushedLengths[^1];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public byte[] ToArray() => _bytes.ToArray();

    /// <summary>The first <paramref name="length"/> bytes.</summary>
    public byte[] Prefix(long length) => _bytes.ToArray().AsSpan(0, (int)length).ToArray();

    public override void Flush() => FlushedLengths.Add(_bytes.Length);

    public override void Write(byte[] buffer, int offset, int count) => _bytes.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _bytes.Write(buffer);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
