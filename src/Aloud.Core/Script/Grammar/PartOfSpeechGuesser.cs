namespace Aloud.Script.Grammar;

/// <summary>
/// Guesses the part of speech of one word from its neighbours, with a dozen rules on closed word classes
/// (see <see cref="ContextWords"/>), the first that applies deciding. It is made for the lexicon's
/// heteronyms ("lead", "record", "live", "close"), where the words around are usually enough:
/// <list type="bullet">
/// <item>after a determiner, possessive or number ("the", "their", "the band's", "two"), an adjective of
/// its list or a preposition: a noun, or a noun-or-adjective when another content word follows ("the lead
/// pipe", "a live show");</item>
/// <item>after "to", a modal or "do" form, a subject pronoun, "not", or a "have" form: a verb ("not"
/// after "is" gives an adjective);</item>
/// <item>after "is", "was", "seems"...: an adjective, or a verb when the word ends in -ed or -ing or
/// "by" follows (a passive); after "very", "so", "too": an adjective;</item>
/// <item>before a determiner, possessive or object pronoun ("record the song", "lead them"): a verb;
/// before "is", "will", "has" (the subject): a noun; a word ending in -ed or -ing: a verb.</item>
/// </list>
/// What it cannot do: it reads two words either side, not the sentence, so "her record" is a noun even in
/// "I heard her record the song", "lead singer" and "lead pipe" look alike, and a word after a noun
/// ("the children wind the clock") is unknown, since it knows no open-class words. It never tells tenses
/// apart ("read" now or before) and ignores capitals (a case-sensitive entry tells "Polish" from "polish").
/// </summary>
public static class PartOfSpeechGuesser
{
    /// <summary>The part of speech of <paramref name="words"/>[<paramref name="index"/>] (with the <paramref name="count"/> - 1 words after it, for a phrase).</summary>
    public static PartOfSpeechGuess Guess(IReadOnlyList<GrammarWord> words, int index, int count = 1)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index + count, words.Count);
        var last = index + count - 1;
        var word = Clean(words[last].Text);
        var before = Before(words, index, 1);
        var twoBefore = before is null ? null : Before(words, index, 2);
        var after = words[last].BreakAfter || last + 1 >= words.Count ? null : Clean(words[last + 1].Text);
        return FromWordBefore(word, before, twoBefore, after) ?? FromWordAfter(word, after) ?? FromEnding(word) ?? PartOfSpeechGuess.Unknown;
    }

    /// <summary>The words as plain text (no pauses): for tests and callers without a script.</summary>
    public static PartOfSpeechGuess Guess(IReadOnlyList<string> words, int index) =>
        Guess(words.Select(w => new GrammarWord(w)).ToList(), index);

    private static PartOfSpeechGuess? FromWordBefore(string word, string? before, string? twoBefore, string? after)
    {
        if (before is null)
        {
            return null;
        }
        if (ContextWords.OpensNounPhrase(before))
        {
            return NounPhrase(after, "after a determiner, possessive or number");
        }
        if (ContextWords.Adjectives.Contains(before))
        {
            return NounPhrase(after, "after an adjective");
        }
        if (ContextWords.Degree.Contains(before))
        {
            return new(PartOfSpeech.Adjective, null, $"after \"{before}\", which grades an adjective");
        }
        if (before == "to" || ContextWords.Auxiliaries.Contains(before))
        {
            return new(PartOfSpeech.Verb, null, $"after \"{before}\", which a bare verb follows");
        }
        if (ContextWords.Subjects.Contains(before))
        {
            return new(PartOfSpeech.Verb, null, $"after the subject \"{before}\"");
        }
        if (before == "not")
        {
            return twoBefore is not null && ContextWords.Linking.Contains(twoBefore)
                ? new(PartOfSpeech.Adjective, null, $"after \"{twoBefore} not\"")
                : new(PartOfSpeech.Verb, null, "after \"not\"");
        }
        if (ContextWords.Have.Contains(before))
        {
            return new(PartOfSpeech.Verb, null, $"after \"{before}\", a past participle");
        }
        if (ContextWords.Linking.Contains(before))
        {
            return ContextWords.IsInflectedVerb(word) || after == "by"
                ? new(PartOfSpeech.Verb, null, $"after \"{before}\", an -ed or -ing form or a passive")
                : new(PartOfSpeech.Adjective, null, $"after \"{before}\", which links an adjective");
        }
        if (ContextWords.Prepositions.Contains(before))
        {
            return NounPhrase(after, "after a preposition");
        }
        return null;
    }

    /// <summary>A noun, unless another content word follows: then a noun or an adjective modifying it.</summary>
    private static PartOfSpeechGuess NounPhrase(string? after, string rule) =>
        after is not null && !ContextWords.IsFunctionWord(after)
            ? new(PartOfSpeech.Noun, PartOfSpeech.Adjective, rule + ", before another word")
            : new(PartOfSpeech.Noun, null, rule);

    private static PartOfSpeechGuess? FromWordAfter(string word, string? after)
    {
        if (after is null)
        {
            return null;
        }
        if (ContextWords.OpensNounPhrase(after) || ContextWords.Objects.Contains(after))
        {
            return new(PartOfSpeech.Verb, null, $"before \"{after}\", its object");
        }
        if (ContextWords.Auxiliaries.Contains(after) || ContextWords.Have.Contains(after) || ContextWords.Linking.Contains(after))
        {
            return new(PartOfSpeech.Noun, null, $"before \"{after}\", the subject");
        }
        return null;
    }

    private static PartOfSpeechGuess? FromEnding(string word) =>
        ContextWords.IsInflectedVerb(word) ? new(PartOfSpeech.Verb, null, "ends in -ed or -ing") : null;

    /// <summary>The word <paramref name="distance"/> before <paramref name="index"/>, or null across a pause or the start.</summary>
    private static string? Before(IReadOnlyList<GrammarWord> words, int index, int distance)
    {
        var at = index - distance;
        if (at < 0)
        {
            return null;
        }
        for (var k = at; k < index; k++)
        {
            if (words[k].BreakAfter)
            {
                return null;
            }
        }
        return Clean(words[at].Text);
    }

    private static string Clean(string word) => word.Replace('\u2019', '\'').ToLowerInvariant();
}
