using Aloud.Speech.Piper;

namespace Aloud.Speech.Kokoro;

/// <summary>One Kokoro token: its id, the phoneme it says, and its word (-1 between words).</summary>
internal readonly record struct KokoroToken(long Id, string Phoneme, int WordIndex);

/// <summary>
/// Maps eSpeak NG's IPA to a Kokoro model's vocabulary and cuts a long sentence into calls the model takes.
/// Kokoro's vocabulary keys are single characters, which eSpeak writes composed (ç) as they reach here (Aloud
/// runs with invariant globalization, where .NET does not decompose); a few IPA letters eSpeak writes and Kokoro's vocabulary lacks are replaced by the
/// nearest it has (<see cref="Substitutes"/>, the same as kokoro-onnx's tokenizer does); tie bars are dropped
/// (Kokoro writes affricates as two letters); anything else the vocabulary lacks is left out and counted.
/// A call is the tokens padded with id 0 at both ends; at most <see cref="MaxTokens"/> tokens between the pads.
/// </summary>
internal static class KokoroTokens
{
    /// <summary>The most phoneme tokens one call takes (Kokoro's context is 512 ids with the two pads).</summary>
    public const int MaxTokens = 510;

    /// <summary>IPA eSpeak writes that Kokoro's vocabulary has no letter for: the nearest letter it has, or "" to drop it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Substitutes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ʲ"] = "j", // palatalised: Kokoro writes a plain j
        ["r"] = "ɹ", // eSpeak's English r is Kokoro's ɹ
        ["x"] = "k", // a velar fricative in loanwords: Kokoro's English voices say k
        ["ɬ"] = "l", // Welsh ll
        ["\u0361"] = "", // tie bar above (t͡ʃ): Kokoro writes affricates as two letters
        ["\u035C"] = "", // tie bar below
    };

    /// <summary>A sentence's phonemes as tokens, and the phonemes that have no token.</summary>
    public static List<KokoroToken> Map(PhonemizedSentence sentence, KokoroConfig config, out List<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(config);
        skipped = [];
        var tokens = new List<KokoroToken>(sentence.Tokens.Count);
        var source = sentence.Tokens;
        for (var i = 0; i < source.Count; i++)
        {
            var phoneme = source[i].Phoneme;
            var said = config.Vocab.ContainsKey(phoneme) ? phoneme : Substitutes.GetValueOrDefault(phoneme, phoneme);
            if (said.Length == 0)
            {
                continue;
            }

            if (config.Vocab.TryGetValue(said, out var id))
            {
                tokens.Add(new KokoroToken(id, said, source[i].WordIndex));
            }
            else
            {
                skipped.Add(phoneme);
            }
        }

        return tokens;
    }

    /// <summary>
    /// Cuts tokens into runs of at most <paramref name="limit"/>: after the last clause mark (',' or ';') that
    /// fits, else before the last space between words that fits, else (one word longer than a call) at the
    /// limit. Spaces at the start of a run are left out: a run starts with its first word.
    /// </summary>
    public static List<(int Start, int End)> Split(IReadOnlyList<KokoroToken> tokens, int limit = MaxTokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var runs = new List<(int, int)>();
        var start = SkipSpaces(tokens, 0);
        while (tokens.Count - start > limit)
        {
            var end = start + limit;
            var cut = LastBoundary(tokens, start, end, clause: true) ?? LastBoundary(tokens, start, end, clause: false) ?? end;
            runs.Add((start, cut));
            start = SkipSpaces(tokens, cut);
        }

        if (start < tokens.Count)
        {
            runs.Add((start, tokens.Count));
        }

        return runs;
    }

    /// <summary>
    /// One call's ids (a pad, the tokens, a pad) and, for the word timings, each word's range of ids (null for words
    /// with no token in this run), the clause marks' ranges and each id's expected share of the time.
    /// </summary>
    public static EncodedSentence Encode(IReadOnlyList<KokoroToken> tokens, int start, int end, int wordCount)
    {
        var ids = new long[end - start + 2];
        var weights = new double[ids.Length];
        var first = new int[wordCount];
        var last = new int[wordCount];
        Array.Fill(first, -1);
        var breaks = new List<(int, int)>();
        for (var i = start; i < end; i++)
        {
            var at = i - start + 1;
            var token = tokens[i];
            ids[at] = token.Id;
            weights[at] = PhonemeWeights.Of(token.Phoneme);
            if (token.WordIndex >= 0 && token.WordIndex < wordCount)
            {
                if (first[token.WordIndex] < 0)
                {
                    first[token.WordIndex] = at;
                }

                last[token.WordIndex] = at + 1;
            }
            else if (token.Phoneme is "," or ";")
            {
                breaks.Add((at, at + 1));
            }
        }

        var words = Enumerable.Range(0, wordCount)
            .Select(w => first[w] < 0 ? ((int First, int End)?)null : (first[w], last[w]))
            .ToList();
        return new EncodedSentence(ids, words, breaks, []) { Weights = weights };
    }

    private static int? LastBoundary(IReadOnlyList<KokoroToken> tokens, int start, int end, bool clause)
    {
        for (var b = end; b > start; b--)
        {
            if (clause ? tokens[b - 1].Phoneme is "," or ";" : b < tokens.Count && tokens[b].Phoneme == " ")
            {
                return b;
            }
        }

        return null;
    }

    private static int SkipSpaces(IReadOnlyList<KokoroToken> tokens, int at)
    {
        while (at < tokens.Count && tokens[at].Phoneme == " ")
        {
            at++;
        }

        return at;
    }
}
