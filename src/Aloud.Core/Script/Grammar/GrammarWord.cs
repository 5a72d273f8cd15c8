namespace Aloud.Script.Grammar;

/// <summary>
/// One word of a sentence as the part-of-speech guesser sees it: its text and whether a pause (comma,
/// colon, dash) follows it, since the words on the other side of a pause are another phrase's.
/// </summary>
public readonly record struct GrammarWord(string Text, bool BreakAfter = false);

/// <summary>
/// A guessed part of speech and the rule that gave it, so a surprising choice can be explained. A word in
/// front of another content word ("the lead pipe", "a live show") may be a noun or an adjective modifying
/// it: <see cref="Alternative"/> then names the second choice.
/// </summary>
/// <param name="Tag">The guess; null when no rule applies (unknown).</param>
/// <param name="Alternative">A second choice when <see cref="Tag"/> has no entry, or null.</param>
/// <param name="Rule">Which rule decided, in words ("after a determiner").</param>
public sealed record PartOfSpeechGuess(PartOfSpeech? Tag, PartOfSpeech? Alternative, string Rule)
{
    public static PartOfSpeechGuess Unknown { get; } = new(null, null, "no rule applies");

    public bool IsUnknown => Tag is null;
}
