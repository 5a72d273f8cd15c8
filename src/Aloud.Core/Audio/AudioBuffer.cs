namespace Aloud.Audio;

/// <summary>Mono audio as float samples in [-1, 1]. Floats inside the pipeline; 16-bit only at the encoder.</summary>
public sealed record AudioBuffer(float[] Samples, int SampleRate)
{
    public double DurationSeconds => (double)Samples.Length / SampleRate;
}
