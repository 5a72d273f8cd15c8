using Aloud.Audio;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>A spoken word on the narration's timeline, with the article characters it reads.</summary>
public sealed record TimedWord(int SentenceIndex, string Spoken, double StartMs, double EndMs, TextSpan Source);

/// <summary>A sentence on the narration's timeline; <paramref name="Voice"/> is the id of the voice that read it, when not the narration's.</summary>
public sealed record TimedSentence(int Index, double StartMs, double EndMs, TextSpan Source, string Spoken, string? Voice = null);

/// <summary>What a narration says when: the script, the voice, and every sentence and word on the timeline.</summary>
public interface INarrationTimeline
{
    Script.Script Script { get; }

    Voice Voice { get; }

    IReadOnlyList<TimedSentence> Sentences { get; }

    IReadOnlyList<TimedWord> Words { get; }

    /// <summary>The loudness of the finished audio.</summary>
    LoudnessMeasurement Loudness { get; }

    double DurationMs { get; }
}

/// <summary>
/// A finished narration in memory: the loudness-normalised audio, and the timings of every spoken word and
/// sentence against the script's text. Long narrations come as a <see cref="SpooledNarration"/> instead.
/// </summary>
public sealed record Narration(
    Script.Script Script,
    Voice Voice,
    AudioBuffer Audio,
    IReadOnlyList<TimedSentence> Sentences,
    IReadOnlyList<TimedWord> Words,
    LoudnessMeasurement Loudness) : INarrationTimeline
{
    public double DurationMs => Audio.DurationSeconds * 1000;
}
