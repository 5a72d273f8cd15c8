using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// The voice that reads the passages of one language other than the article's (see
/// <see cref="Narrator.VoiceForLanguage"/>), on its engine, at its own options (its rate may be its own default).
/// </summary>
public sealed record PassageVoice(ISpeechEngine Engine, Voice Voice, SynthesisOptions Options);
