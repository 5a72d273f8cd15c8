namespace Aloud.Audio.Encoders.Streaming;

/// <summary>
/// The bookkeeping every streaming encoder shares: no writes after <see cref="Finish"/>, Finish once, a flush of
/// the output after each call so the bytes leave at once, and nothing more after Dispose.
/// </summary>
internal abstract class StreamEncoder(Stream output) : IAudioStreamEncoder
{
    private bool _finished;
    private bool _disposed;

    /// <summary>Where the encoded bytes go.</summary>
    protected Stream Output { get; } = output ?? throw new ArgumentNullException(nameof(output));

    /// <inheritdoc />
    public void Write(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            throw new InvalidOperationException("The audio stream has finished; no more samples can be written.");
        }

        if (samples.IsEmpty)
        {
            return;
        }

        Encode(samples);
        Output.Flush();
    }

    /// <inheritdoc />
    public void Finish()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_finished)
        {
            return;
        }

        _finished = true;
        End();
        Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            Release();
        }
    }

    /// <summary>Encodes a non-empty piece and writes the complete bytes (the caller flushes).</summary>
    protected abstract void Encode(ReadOnlySpan<float> samples);

    /// <summary>Writes what is held back and the end of the stream (the caller flushes).</summary>
    protected abstract void End();

    /// <summary>Releases native or codec state; the output stream belongs to the caller and stays open.</summary>
    protected virtual void Release()
    {
    }
}
