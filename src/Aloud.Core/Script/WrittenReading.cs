using Aloud.Speech;

namespace Aloud.Script;

/// <summary>
/// A passage in another language read as written: the normaliser's readings are English ("3" -> "three", "Dr." ->
/// "doctor"), and a voice of the passage's language reads its own numbers, dates and abbreviations ("3 Uhr" -> "drei
/// Uhr"), so each written token goes to the engine as it stands. An article voice that reads such a passage for want of
/// a voice of its language reads the same tokens its own way.
/// </summary>
internal static class WrittenReading
{
    /// <summary>
    /// <paramref name="words"/> with each written token once, as written in <paramref name="text"/>: words the
    /// normaliser made from one token (or from overlapping ones) become that token again. Words it inserted (no
    /// source), masked words, and words with a given pronunciation (SSML or lexicon IPA) stay as they are.
    /// </summary>
    public static IReadOnlyList<ScriptWord> Of(IReadOnlyList<ScriptWord> words, string text)
    {
        var result = new List<ScriptWord>(words.Count);
        foreach (var word in words)
        {
            if (Kept(word))
            {
                result.Add(word);
                continue;
            }
            if (result.Count > 0 && !Kept(result[^1]) && result[^1].Source.End > word.Source.Start)
            {
                // Another word of the same token ("five dollars" from "$5"): one written token, with the last one's break.
                var previous = result[^1];
                var joined = previous.Source.Union(word.Source);
                result[^1] = new ScriptWord(text.Substring(joined.Start, joined.Length), joined, word.BreakAfter);
                continue;
            }
            result.Add(new ScriptWord(text.Substring(word.Source.Start, word.Source.Length), word.Source, word.BreakAfter));
        }
        return result;
    }

    private static bool Kept(ScriptWord word) =>
        word.Source.Length == 0 || word.BreakAfter == WordBreak.Masked || word.Pronunciation is not null;
}
