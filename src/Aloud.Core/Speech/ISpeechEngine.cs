namespace Aloud.Speech;

/// <summary>
/// A speech engine: turns one sentence of spoken words into a <see cref="Clip"/> with word timings.
/// Implementations must be safe to call from several threads (serialising internally if the native
/// library cannot synthesise concurrently) and must never interpret the words as markup.
/// </summary>
public interface ISpeechEngine : IDisposable
{
    /// <summary>The engine's name as used in <see cref="Voice.Engine"/>.</summary>
    string Name { get; }

    /// <summary>The voices this engine offers on this machine.</summary>
    IReadOnlyList<Voice> Voices { get; }

    /// <summary>How many syntheses may usefully run at once (1 for engines with global state).</summary>
    int MaxParallelism { get; }

    /// <summary>Synthesises one sentence. Every word of <paramref name="sentence"/> gets exactly one timing.</summary>
    Clip Synthesize(SpeechSentence sentence, Voice voice, SynthesisOptions options);
}
