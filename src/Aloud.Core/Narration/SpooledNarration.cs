using Aloud.Audio;
using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// A finished narration whose audio waits in a <see cref="PcmSpill"/> (a temporary file once it is long) instead of
/// memory: what <see cref="Narrator.NarrateSpooled"/> returns, for encoders to read a chunk at a time. The timings
/// are in memory (small). Dispose it once the files are written: that deletes the audio.
/// </summary>
public sealed class SpooledNarration(
    Script.Script script,
    Voice voice,
    PcmSpill audio,
    IReadOnlyList<TimedSentence> sentences,
    IReadOnlyList<TimedWord> words,
    LoudnessMeasurement loudness) : INarrationTimeline, IDisposable
{
    public Script.Script Script { get; } = script;

    public Voice Voice { get; } = voice;

    /// <summary>The loudness-normalised audio.</summary>
    public ISampleSource Audio => audio;

    public IReadOnlyList<TimedSentence> Sentences { get; } = sentences;

    public IReadOnlyList<TimedWord> Words { get; } = words;

    public LoudnessMeasurement Loudness { get; } = loudness;

    public double DurationMs => (double)audio.Length / audio.SampleRate * 1000;

    /// <summary>The same narration with its audio read into memory (short narrations, tests).</summary>
    public Narration ToNarration()
    {
        var samples = new float[audio.Length];
        audio.Read(0, samples);
        return new Narration(Script, Voice, new AudioBuffer(samples, audio.SampleRate), Sentences, Words, Loudness);
    }

    public void Dispose() => audio.Dispose();
}
