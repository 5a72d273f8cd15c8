namespace Aloud.Audio;

/// <summary>Mono audio as float samples in [-1, 1]. Floats inside the pipeline; 16-bit only at the encoder.</summary>
public sealed record AudioBuffer(float[] Samples, int SampleRate) : ISampleSource
{
    public double DurationSeconds => (double)Samples.Length / SampleRate;

    /// <inheritdoc />
    long ISampleSource.Length => Samples.Length;

    /// <inheritdoc />
    public void Read(long offset, Span<float> destination) => Samples.AsSpan(checked((int)offset), destination.Length).CopyTo(destination);
}
