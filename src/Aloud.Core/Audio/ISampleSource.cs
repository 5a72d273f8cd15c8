namespace Aloud.Audio;

/// <summary>
/// Mono float audio that can be read from any position, as often as needed: a buffer in memory
/// (<see cref="AudioBuffer"/>) or audio spilled to disk (<see cref="PcmSpill"/>), so encoders and loudness passes
/// work a chunk at a time on either.
/// </summary>
public interface ISampleSource
{
    /// <summary>Samples per second.</summary>
    int SampleRate { get; }

    /// <summary>Number of samples.</summary>
    long Length { get; }

    /// <summary>Copies the samples from <paramref name="offset"/> into all of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The range runs past the end.</exception>
    void Read(long offset, Span<float> destination);
}
