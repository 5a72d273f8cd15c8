using Aloud.Ingest;
using Aloud.Speech.Phonemes;

namespace Aloud.Script;

/// <summary>
/// Gives the spoken words of a sentence the pronunciations their block's source gave (SSML &lt;phoneme&gt;):
/// the words whose spans overlap a pronunciation's characters get its words, in order, when there are as
/// many of both. When normalisation made a different number of words of them ("1920s" as "nineteen
/// twenties" under one IPA word), they become one word said from all the IPA: guessing which sound goes
/// with which word would garble it.
/// </summary>
internal static class BlockPronunciations
{
    /// <param name="words">One sentence's words; spans index the script text.</param>
    /// <param name="pronunciations">The block's pronunciations, in positions of the block's text.</param>
    /// <param name="sentence">The sentence's span in the block's text: a pronunciation not wholly inside it (the
    /// segmenter cut its words into two sentences) is read as written rather than said twice in part.</param>
    /// <param name="blockStart">Where the block's text starts in the script text.</param>
    public static IReadOnlyList<ScriptWord> Apply(IReadOnlyList<ScriptWord> words, IReadOnlyList<BlockPronunciation> pronunciations, TextSpan sentence, int blockStart)
    {
        if (pronunciations.Count == 0)
        {
            return words;
        }

        var result = words.ToList();
        foreach (var p in pronunciations.Where(p => p.Start >= sentence.Start && p.Start + p.Length <= sentence.End))
        {
            var (start, end) = (blockStart + p.Start, blockStart + p.Start + p.Length);
            var inside = Enumerable.Range(0, result.Count)
                .Where(i => result[i].Source.Start < end && result[i].Source.Start + result[i].Source.Length > start)
                .ToList();
            if (inside.Count == 0 || inside[^1] - inside[0] + 1 != inside.Count)
            {
                continue;
            }

            if (inside.Count == p.Words.Count)
            {
                for (var k = 0; k < inside.Count; k++)
                {
                    result[inside[k]] = result[inside[k]] with { Pronunciation = p.Words[k] };
                }

                continue;
            }

            var merged = inside.Select(i => result[i]).ToList();
            var whole = merged[0] with
            {
                Spoken = string.Join(' ', merged.Select(w => w.Spoken)),
                Source = merged.Skip(1).Aggregate(merged[0].Source, (union, w) => union.Union(w.Source)),
                BreakAfter = merged[^1].BreakAfter,
                Pronunciation = Pronunciation.Join(p.Words),
            };
            result.RemoveRange(inside[0], inside.Count);
            result.Insert(inside[0], whole);
        }

        return result;
    }
}
