namespace Aloud.Speech.Phonemes;

/// <summary>A pronunciation that cannot be read: an unknown symbol, or no sounds at all. The message says which.</summary>
public sealed class PronunciationException(string message) : FormatException(message);
