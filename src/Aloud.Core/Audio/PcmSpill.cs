using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Aloud.Audio;

/// <summary>
/// Mono float samples written once, in order, and read back as often as needed: in memory while short, in a
/// temporary file (deleted when disposed, or by the system if the process dies) once longer than
/// <see cref="MemoryLimitSamples"/>. This is what keeps a narration's memory flat whatever its length: an hour of
/// 16 kHz audio is 230 MB as floats, so long audio waits on disk between the passes over it, never in the heap.
/// </summary>
/// <remarks>
/// Reads are positional (<see cref="Read"/>), so several readers (two encoders side by side) can share one spill.
/// Appending is for one writer only, and must be over before anyone reads.
/// </remarks>
public sealed class PcmSpill : ISampleSource, IDisposable
{
    /// <summary>Up to this many samples (8 MB, about two minutes at 16 kHz) stay in memory.</summary>
    public const int DefaultMemoryLimitSamples = 2 * 1024 * 1024;

    private float[] _memory = new float[4096];
    private SafeFileHandle? _file;
    private string? _path;
    private bool _disposed;

    /// <summary>An empty spill for audio at <paramref name="sampleRate"/>.</summary>
    /// <param name="sampleRate">Samples per second of the audio kept.</param>
    /// <param name="memoryLimitSamples">How many samples may stay in memory before the rest goes to a file.</param>
    public PcmSpill(int sampleRate, int memoryLimitSamples = DefaultMemoryLimitSamples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegative(memoryLimitSamples);
        SampleRate = sampleRate;
        MemoryLimitSamples = memoryLimitSamples;
    }

    /// <inheritdoc />
    public int SampleRate { get; }

    /// <summary>The most samples kept in memory.</summary>
    public int MemoryLimitSamples { get; }

    /// <inheritdoc />
    public long Length { get; private set; }

    /// <summary>True once the samples live in a temporary file.</summary>
    public bool OnDisk => _file is not null;

    /// <summary>The temporary file's path, once there is one (for tests that it goes).</summary>
    internal string? TemporaryPath => _path;

    /// <summary>Appends <paramref name="samples"/> at the end.</summary>
    public void Append(ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (samples.IsEmpty)
        {
            return;
        }

        if (_file is null && Length + samples.Length > MemoryLimitSamples)
        {
            MoveToDisk();
        }

        if (_file is null)
        {
            if (Length + samples.Length > _memory.Length)
            {
                Array.Resize(ref _memory, (int)Math.Min(MemoryLimitSamples, Math.Max(Length + samples.Length, _memory.Length * 2L)));
            }

            samples.CopyTo(_memory.AsSpan((int)Length));
        }
        else
        {
            RandomAccess.Write(_file, MemoryMarshal.AsBytes(samples), Length * sizeof(float));
        }

        Length += samples.Length;
    }

    /// <summary>Empties the spill to be written again from the start (a file already made is reused).</summary>
    public void Clear()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Length = 0;
    }

    /// <summary>Appends <paramref name="count"/> samples of silence.</summary>
    public void AppendSilence(long count)
    {
        Span<float> zeros = stackalloc float[1024];
        zeros.Clear();
        while (count > 0)
        {
            int take = (int)Math.Min(count, zeros.Length);
            Append(zeros[..take]);
            count -= take;
        }
    }

    /// <summary>Overwrites samples already written, from <paramref name="offset"/> on (a bleep whose level is known late).</summary>
    public void Overwrite(long offset, ReadOnlySpan<float> samples)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (offset + samples.Length > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "only samples already written can be overwritten");
        }

        if (_file is null)
        {
            samples.CopyTo(_memory.AsSpan((int)offset));
        }
        else
        {
            RandomAccess.Write(_file, MemoryMarshal.AsBytes(samples), offset * sizeof(float));
        }
    }

    /// <inheritdoc />
    public void Read(long offset, Span<float> destination)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (offset + destination.Length > Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "reading past the end of the audio");
        }

        if (_file is null)
        {
            _memory.AsSpan((int)offset, destination.Length).CopyTo(destination);
            return;
        }

        Span<byte> bytes = MemoryMarshal.AsBytes(destination);
        long position = offset * sizeof(float);
        while (!bytes.IsEmpty)
        {
            int read = RandomAccess.Read(_file, bytes, position);
            if (read <= 0)
            {
                throw new IOException("the temporary audio file ended early");
            }

            bytes = bytes[read..];
            position += read;
        }
    }

    /// <summary>Deletes the temporary file, if any.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _file?.Dispose();
        if (_path is not null)
        {
            File.Delete(_path);
        }

        _memory = [];
    }

    private void MoveToDisk()
    {
        _path = Path.Combine(Path.GetTempPath(), $"aloud-{Environment.ProcessId}-{Guid.NewGuid():N}.pcm");
        // DeleteOnClose: the file goes even when Dispose never runs (a crash, a kill).
        _file = File.OpenHandle(_path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        RandomAccess.Write(_file, MemoryMarshal.AsBytes(_memory.AsSpan(0, (int)Length)), 0);
        _memory = [];
    }
}
