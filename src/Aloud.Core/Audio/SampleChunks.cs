namespace Aloud.Audio;

/// <summary>Walks an <see cref="ISampleSource"/> a chunk at a time through one reused buffer.</summary>
public static class SampleChunks
{
    /// <summary>Samples per chunk: about four seconds at 16 kHz, big enough that per-chunk costs vanish.</summary>
    public const int Size = 65536;

    /// <summary>Calls <paramref name="each"/> with every chunk of <paramref name="source"/>, in order.</summary>
    public static void ForEach(ISampleSource source, Action<float[], int> each)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(each);
        var buffer = new float[(int)Math.Min(Size, Math.Max(1, source.Length))];
        for (long offset = 0; offset < source.Length; offset += buffer.Length)
        {
            int count = (int)Math.Min(buffer.Length, source.Length - offset);
            source.Read(offset, buffer.AsSpan(0, count));
            each(buffer, count);
        }
    }
}
