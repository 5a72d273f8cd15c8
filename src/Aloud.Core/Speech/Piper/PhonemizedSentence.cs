namespace Aloud.Speech.Piper;

/// <summary>
/// A sentence as a neural voice reads it: a run of phonemes (single code points after NFD, as Piper splits
/// them), each either part of a word (<see cref="PhonemeToken.WordIndex"/>) or between words (a space, a
/// clause's punctuation, the sentence's terminator: -1).
/// </summary>
public sealed record PhonemizedSentence(IReadOnlyList<PhonemeToken> Tokens)
{
    /// <summary>The phonemes as one string, for tests and logs.</summary>
    public string Text => string.Concat(Tokens.Select(t => t.Phoneme));
}

/// <summary>One phoneme and the word it belongs to (-1 between words).</summary>
public readonly record struct PhonemeToken(string Phoneme, int WordIndex);
