using Aloud.Script.Grammar;
using Aloud.Speech;
using Aloud.Speech.Phonemes;

namespace Aloud.Script.Lexicon;

/// <summary>
/// Replaces the spoken words of one sentence that an entry knows with its respelling: longest phrase first,
/// whole words only, never across a break (a comma between two names is not a phrase); a possessive last
/// word keeps its ending ("Marek's" -> "mah rek's", and /z/ after its IPA). The respelling's words share the
/// union of the matched words' spans, so timings still point at the written name. An entry with IPA gives
/// the words their <see cref="ScriptWord.Pronunciation"/>; with IPA only, the written words stay as they are.
/// Entries for the same words that differ in part of speech (heteronyms) are chosen by the sentence.
/// </summary>
internal sealed class LexiconMatcher
{
    private readonly Dictionary<string, List<LexiconEntry>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public LexiconMatcher(IEnumerable<LexiconEntry> entries)
    {
        // Longest first (a stable sort, so entries of one length keep the file's order for ChooseAmong).
        var ordered = entries.OrderByDescending(e => e.WrittenWords.Count);
        foreach (var entry in ordered.Where(e => e.IsUsable))
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
            result.AddRange(Say(entry, matched));
            i += matched.Count;
        }
        return result;
    }

    /// <summary>
    /// The words that replace a match: the respelling's, sharing the match's span, or (IPA written per
    /// written word) the matched words themselves; each says its IPA word where the entry has IPA.
    /// </summary>
    private static List<ScriptWord> Say(LexiconEntry entry, List<ScriptWord> matched)
    {
        var possessive = entry.Matches(matched.Count - 1, matched[^1].Spoken) ? "" : entry.PossessiveOf(matched[^1].Spoken);
        var span = matched.Skip(1).Aggregate(matched[0].Source, (union, w) => union.Union(w.Source));
        List<ScriptWord> said;
        if (entry.IpaFor == IpaTarget.Written)
        {
            // The written words stay readable as they were (with their possessive), each with its own span.
            said = matched.Select((w, k) => w with { Class = "lexicon", Pronunciation = entry.IpaWords[k] }).ToList();
        }
        else if (entry.IpaFor == IpaTarget.Whole)
        {
            var shown = entry.SpokenWords.Count > 0 ? string.Join(' ', entry.SpokenWords) + possessive : string.Join(' ', matched.Select(w => w.Spoken));
            said = [new ScriptWord(shown, span, WordBreak.None, "lexicon") { Pronunciation = Pronunciation.Join(entry.IpaWords) }];
        }
        else
        {
            said = entry.SpokenWords.Select((w, k) => new ScriptWord(w, span, WordBreak.None, "lexicon")
            {
                Pronunciation = entry.IpaFor == IpaTarget.Respelling ? entry.IpaWords[k] : null,
            }).ToList();
            said[^1] = said[^1] with { Spoken = said[^1].Spoken + possessive };
        }

        said[^1] = said[^1] with { BreakAfter = matched[^1].BreakAfter, Pronunciation = said[^1].Pronunciation?.WithPossessive(possessive) };
        return said;
    }

    private LexiconEntry? FindAt(IReadOnlyList<ScriptWord> words, int start)
    {
        var first = LexiconEntry.Canonical(words[start].Spoken);
        // A one-word possessive ("Marek's") is looked up without its ending.
        var stem = first.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? first[..^2] : first.TrimEnd('\'');
        var candidates = (_byFirstWord.GetValueOrDefault(first) ?? []).Concat(_byFirstWord.GetValueOrDefault(stem) ?? []);
        var fitting = candidates.Distinct().Where(e => Fits(e, words, start)).ToList();
        if (fitting.Count == 0)
        {
            return null;
        }
        // The longest phrase wins; entries for that same phrase (other case rules or parts of speech) compete.
        var longest = fitting.Max(e => e.WrittenWords.Count);
        return ChooseAmong(fitting.Where(e => e.WrittenWords.Count == longest).ToList(), words, start);
    }

    /// <summary>
    /// Which of several entries for the same words says them here: when any names a part of speech, the one
    /// naming the part of speech <see cref="PartOfSpeechGuesser"/> finds in the sentence, else the one naming
    /// its second choice (a noun-or-adjective place); failing both (or with no guess), the first entry without a
    /// part of speech, else the first entry, in the lexicon's order.
    /// </summary>
    private static LexiconEntry ChooseAmong(List<LexiconEntry> entries, IReadOnlyList<ScriptWord> words, int start)
    {
        if (entries.Count == 1 || entries.All(e => e.Tag is null))
        {
            return entries[0];
        }
        var sentence = words.Select(w => new GrammarWord(LexiconEntry.Canonical(w.Spoken), w.BreakAfter != WordBreak.None)).ToList();
        var guess = PartOfSpeechGuesser.Guess(sentence, start, entries[0].WrittenWords.Count);
        return entries.FirstOrDefault(e => guess.Tag is not null && e.Tag == guess.Tag)
            ?? entries.FirstOrDefault(e => guess.Alternative is not null && e.Tag == guess.Alternative)
            ?? entries.FirstOrDefault(e => e.Tag is null)
            ?? entries[0];
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
            var last = k == count - 1;
            var fits = entry.Matches(k, word.Spoken) || (last && entry.PossessiveOf(word.Spoken) is not null);
            if (!fits || (!last && word.BreakAfter != WordBreak.None))
            {
                return false;
            }
        }
        return true;
    }
}
