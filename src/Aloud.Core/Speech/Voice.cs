namespace Aloud.Speech;

/// <summary>
/// A voice on an engine. Immutable; <see cref="Id"/> is what users type (e.g. "rms", "espeak:en-us").
/// </summary>
/// <param name="Id">Stable identifier, unique across engines.</param>
/// <param name="Engine">The engine's name ("flite", "espeak").</param>
/// <param name="EngineVoiceName">The engine's own name for the voice.</param>
/// <param name="Language">BCP-47 language tag.</param>
/// <param name="SampleRate">The engine's native output rate in Hz.</param>
/// <param name="Description">A short human description for listings.</param>
public sealed record Voice(string Id, string Engine, string EngineVoiceName, string Language, int SampleRate, string Description);
