namespace Aloud.Speech;

/// <summary>
/// An engine that can say whether it would read a word letter by letter (its own rule for words it finds
/// unpronounceable), so that a caller can give the word a reading the engine pronounces instead.
/// </summary>
public interface ISpellingProbe
{
    /// <summary>Whether <paramref name="voice"/> would spell <paramref name="word"/> (one word, letters only) letter by letter.</summary>
    bool WouldSpell(string word, Voice voice);
}
