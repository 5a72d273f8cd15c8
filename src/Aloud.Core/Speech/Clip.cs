namespace Aloud.Speech;

/// <summary>
/// The time of one word of a <see cref="SpeechSentence"/> in its clip, in milliseconds from the clip's
/// first sample. <see cref="WordIndex"/> indexes <see cref="SpeechSentence.Words"/>.
/// </summary>
public readonly record struct WordTiming(int WordIndex, double StartMs, double EndMs);

/// <summary>
/// Synthesised audio for one sentence: mono float samples in [-1, 1] at <see cref="SampleRate"/>, and a timing
/// for every word of the sentence (in word order, non-overlapping, inside the clip).
/// </summary>
public sealed record Clip(float[] Samples, int SampleRate, IReadOnlyList<WordTiming> Words)
{
    public double DurationMs => Samples.Length * 1000.0 / SampleRate;
}
