using Aloud.Speech;

namespace Aloud.Script;

/// <summary>
/// Splits a sentence too long to speak in one breath (a run-on list, a page without punctuation) into
/// chunks an engine synthesises in reasonable time and memory: at the strongest break in the second half of
/// the window, else at the window's end.
/// </summary>
internal static class SentenceChunker
{
    /// <summary>The most words one synthesis gets; longer news sentences are rare (about 1 in 500).</summary>
    public const int MaxWords = 60;

    public static IEnumerable<IReadOnlyList<ScriptWord>> Chunk(IReadOnlyList<ScriptWord> words, int maxWords = MaxWords)
    {
        var start = 0;
        while (words.Count - start > maxWords)
        {
            var end = BestSplit(words, start, maxWords);
            yield return Slice(words, start, end);
            start = end;
        }
        yield return start == 0 ? words : Slice(words, start, words.Count);
    }

    /// <summary>The index after the word that ends the chunk starting at <paramref name="start"/>.</summary>
    private static int BestSplit(IReadOnlyList<ScriptWord> words, int start, int maxWords)
    {
        var best = start + maxWords;
        var bestBreak = WordBreak.None;
        for (var i = start + maxWords - 1; i >= start + maxWords / 2; i--)
        {
            if (words[i].BreakAfter > bestBreak)
            {
                bestBreak = words[i].BreakAfter;
                best = i + 1;
            }
        }
        return best;
    }

    /// <summary>Splits after every word that <paramref name="splitAfter"/> picks (a censored word's gap to bleep).</summary>
    public static IReadOnlyList<IReadOnlyList<ScriptWord>> SplitAfter(IReadOnlyList<ScriptWord> words, Func<ScriptWord, bool> splitAfter)
    {
        var pieces = new List<IReadOnlyList<ScriptWord>>();
        var start = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (splitAfter(words[i]) && i < words.Count - 1)
            {
                pieces.Add(Slice(words, start, i + 1));
                start = i + 1;
            }
        }
        pieces.Add(start == 0 ? words : Slice(words, start, words.Count));
        return pieces;
    }

    /// <summary>
    /// Splits where the way of reading changes from one word to the next (the rate, the language), so each piece is
    /// synthesised one way; the pieces keep their words' order and each comes with its key.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyList<ScriptWord> Words, TKey Key)> SplitBy<TKey>(IReadOnlyList<ScriptWord> words, Func<ScriptWord, TKey> keyOf)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(keyOf);
        var pieces = new List<(IReadOnlyList<ScriptWord>, TKey)>();
        if (words.Count == 0)
        {
            return pieces;
        }
        var start = 0;
        var key = keyOf(words[0]);
        for (var i = 1; i < words.Count; i++)
        {
            var next = keyOf(words[i]);
            if (!EqualityComparer<TKey>.Default.Equals(next, key))
            {
                pieces.Add((Slice(words, start, i), key));
                start = i;
                key = next;
            }
        }
        pieces.Add((start == 0 ? words : Slice(words, start, words.Count), key));
        return pieces;
    }

    private static List<ScriptWord> Slice(IReadOnlyList<ScriptWord> words, int start, int end)
    {
        var slice = new List<ScriptWord>(end - start);
        for (var i = start; i < end; i++)
        {
            slice.Add(words[i]);
        }
        // The chunk ends where a sentence would: its last break becomes the sentence end.
        slice[^1] = slice[^1] with { BreakAfter = WordBreak.None };
        return slice;
    }
}
