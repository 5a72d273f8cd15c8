using Aloud.Audio;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>A spoken word on the narration's timeline, with the article characters it reads.</summary>
public sealed record TimedWord(int SentenceIndex, string Spoken, double StartMs, double EndMs, TextSpan Source);

/// <summary>A sentence on the narration's timeline.</summary>
public sealed record TimedSentence(int Index, double StartMs, double EndMs, TextSpan Source, string Spoken);

/// <summary>
/// A finished narration: the loudness-normalised audio, and the timings of every spoken word and sentence
/// against the script's text.
/// </summary>
public sealed record Narration(
    Script.Script Script,
    Voice Voice,
    AudioBuffer Audio,
    IReadOnlyList<TimedSentence> Sentences,
    IReadOnlyList<TimedWord> Words,
    LoudnessMeasurement Loudness)
{
    public double DurationMs => Audio.DurationSeconds * 1000;
}
