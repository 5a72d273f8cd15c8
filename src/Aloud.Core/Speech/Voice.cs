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
public sealed record Voice(string Id, string Engine, string EngineVoiceName, string Language, int SampleRate, string Description)
{
    /// <summary>
    /// Which files the voice is made of, for voices a user installs and may replace under the same id (a Piper
    /// model): caches of synthesised audio and loaded models key on it, so a replaced voice is never heard from
    /// its old files. Empty for voices that come with their engine's package.
    /// </summary>
    public string Revision { get; init; } = "";
}
