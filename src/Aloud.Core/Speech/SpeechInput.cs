using Aloud.Speech.Phonemes;

namespace Aloud.Speech;

/// <summary>How strong a pause follows a spoken word inside a sentence.</summary>
public enum WordBreak
{
    None,
    /// <summary>A light phrase break (comma).</summary>
    Comma,
    /// <summary>A stronger break inside the sentence (colon, dash, bracket).</summary>
    Clause,
    /// <summary>
    /// A censored word stood here ("a--"): engines pause as for <see cref="Clause"/>; the narrator may put a
    /// bleep in the gap instead (<see cref="Script.ScriptOptions.BleepMaskedWords"/>).
    /// </summary>
    Masked,
}

/// <summary>One word as the engine must say it: plain spoken text (letters, apostrophes, hyphens), never markup.</summary>
public sealed record SpeechWord(string Text, WordBreak BreakAfter = WordBreak.None)
{
    /// <summary>
    /// The phones to say instead of reading <see cref="Text"/>, when the publisher gave them (lexicon IPA, SSML
    /// &lt;phoneme&gt;); an engine that cannot say phones for this voice reads <see cref="Text"/>.
    /// </summary>
    public Pronunciation? Pronunciation { get; init; }
}

/// <summary>
/// One sentence to synthesise: words already normalised to speakable text, and how the sentence ends
/// ('.', '?' or '!'), which shapes its intonation.
/// </summary>
public sealed record SpeechSentence(IReadOnlyList<SpeechWord> Words, char Terminator = '.');

/// <summary>Options for one synthesis. Rate 1.0 is the voice's normal speed; 1.25 is 25% faster.</summary>
public sealed record SynthesisOptions(double Rate = 1.0);
