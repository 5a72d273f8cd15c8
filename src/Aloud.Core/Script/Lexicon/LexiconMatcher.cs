using Aloud.Speech;

namespace Aloud.Script.Lexicon;

/// <summary>
/// Replaces the spoken words of one sentence that an entry knows with its respelling: longest phrase first,
/// whole words only, never across a break (a comma between two names is not a phrase). The respelling's
/// words share the union of the matched words' spans, so timings still point at the written name.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Dictionary<string, List<LexiconEntry>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public LexiconMatcher(IEnumerable<LexiconEntry> entries)
    {
        // Longest first, and an entry without a part of speech before one with (there is no tagger to choose).
        var ordered = entries.OrderByDescending(e => e.WrittenWords.Count).ThenBy(e => e.PartOfSpeech is null ? 0 : 1);
        foreach (var entry in ordered)
        {
            if (!_byFirstWord.TryGetValue(entry.WrittenWords[0], out var list))
            {
                _byFirstWord[entry.WrittenWords[0]] = list = [];
            }
            list.Add(entry);
        }
    }

    public IReadOnlyList<ScriptWord> Apply(IReadOnlyList<ScriptWord> words)
    {
        if (_byFirstWord.Count == 0)
        {
            return words;
        }
        var result = new List<ScriptWord>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            if (FindAt(words, i) is not { } entry)
            {
                result.Add(words[i++]);
                continue;
            }
            var matched = words.Skip(i).Take(entry.WrittenWords.Count).ToList();
            var span = matched.Skip(1).Aggregate(matched[0].Source, (union, w) => union.Union(w.Source));
            var spoken = entry.SpokenWords.Select(w => new ScriptWord(w, span, WordBreak.None, "lexicon")).ToList();
            spoken[^1] = spoken[^1] with { BreakAfter = matched[^1].BreakAfter };
            result.AddRange(spoken);
            i += matched.Count;
        }
        return result;
    }

    private LexiconEntry? FindAt(IReadOnlyList<ScriptWord> words, int start)
    {
        if (!_byFirstWord.TryGetValue(LexiconEntry.Canonical(words[start].Spoken), out var candidates))
        {
            return null;
        }
        foreach (var entry in candidates)
        {
            if (Fits(entry, words, start))
            {
                return entry;
            }
        }
        return null;
    }

    private static bool Fits(LexiconEntry entry, IReadOnlyList<ScriptWord> words, int start)
    {
        var count = entry.WrittenWords.Count;
        if (start + count > words.Count)
        {
            return false;
        }
        for (var k = 0; k < count; k++)
        {
            var word = words[start + k];
            if (!entry.Matches(k, word.Spoken) || (k < count - 1 && word.BreakAfter != WordBreak.None))
            {
                return false;
            }
        }
        return true;
    }
}
