namespace Aloud.Speech.Piper;

/// <summary>
/// Maps phonemes to a Piper model's ids as Piper does: the sentence-start id(s) and a pad, then each phoneme's
/// id(s) followed by a pad, then the sentence-end id(s). A phoneme the map lacks is left out (and counted), as
/// Piper leaves it out; <c>phoneme_map</c> substitutions apply first.
/// </summary>
internal static class PiperIds
{
    public static EncodedSentence Encode(PhonemizedSentence sentence, PiperConfig config, int wordCount)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(config);
        var map = config.PhonemeIdMap;
        var pad = map[PiperConfig.Pad];
        var ids = new List<long>(sentence.Tokens.Count * 2 + 4);
        var weights = new List<double>(sentence.Tokens.Count * 2 + 4);
        void Add(IReadOnlyList<long> some, double weight)
        {
            for (var i = 0; i < some.Count; i++)
            {
                ids.Add(some[i]);
                weights.Add(i == 0 ? weight : 0);
            }
        }

        Add(map[PiperConfig.Bos], 0.5);
        Add(pad, 0);
        var first = new int[wordCount];
        var end = new int[wordCount];
        Array.Fill(first, -1);
        var breaks = new List<(int, int)>();
        var skipped = new List<string>();
        foreach (var token in sentence.Tokens)
        {
            var start = ids.Count;
            var phonemes = config.PhonemeMap.TryGetValue(token.Phoneme, out var mapped) ? mapped : [token.Phoneme];
            foreach (var phoneme in phonemes)
            {
                if (!map.TryGetValue(phoneme, out var phonemeIds))
                {
                    skipped.Add(phoneme);
                    continue;
                }

                Add(phonemeIds, PhonemeWeights.Of(phoneme));
                Add(pad, 0);
            }

            if (token.WordIndex >= 0 && token.WordIndex < wordCount)
            {
                if (first[token.WordIndex] < 0)
                {
                    first[token.WordIndex] = start;
                }

                end[token.WordIndex] = ids.Count;
            }
            else if (token.Phoneme is "," or ";" && ids.Count > start)
            {
                breaks.Add((start, ids.Count));
            }
        }

        Add(map[PiperConfig.Eos], 0.5);
        var words = Enumerable.Range(0, wordCount)
            .Select(i => first[i] < 0 ? ((int First, int End)?)null : (first[i], end[i]))
            .ToList();
        return new EncodedSentence(ids.ToArray(), words, breaks, skipped) { Weights = weights.ToArray() };
    }
}

/// <summary>
/// A sentence as model ids: for each word the range of ids it produced (null when none of its phonemes is in
/// the map), the ranges of the clause marks (where a pause is expected), and the phonemes left out.
/// </summary>
internal sealed record EncodedSentence(
    long[] Ids, IReadOnlyList<(int First, int End)?> Words, IReadOnlyList<(int First, int End)> Breaks, IReadOnlyList<string> Skipped)
{
    /// <summary>Each id's expected share of the time (<see cref="PhonemeWeights"/>); equal shares when unset.</summary>
    public double[]? Weights { get; init; }
}
