using System.Globalization;
using System.Text;
using Aloud.Ingest;
using Aloud.Speech;

namespace Aloud.Script;

/// <summary>
/// Writes the <see cref="Script"/> of an article: the intro (headline, byline, date, each switchable) and the
/// body blocks, segmented into sentences and normalised into spoken words.
/// </summary>
public sealed class ScriptWriter(TextNormalizer normalizer, ScriptOptions options)
{
    public ScriptWriter(ScriptOptions? options = null)
        : this(NormalizerFor(options ?? new ScriptOptions()), options ?? new ScriptOptions())
    {
    }

    private static TextNormalizer NormalizerFor(ScriptOptions options) =>
        new(EnglishNumberWords.Instance, options.DisabledPasses, options.Lexicon);

    public Script Write(Article article)
    {
        var parts = Intro(article).Select(p => (p.Kind, p.Text, Pronunciations: (IReadOnlyList<BlockPronunciation>)[]))
            .Concat(Body(article)).Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        var text = new StringBuilder();
        var blocks = new List<ScriptBlock>();
        foreach (var (kind, blockText, _) in parts)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            blocks.Add(new ScriptBlock(kind, new TextSpan(text.Length, blockText.Length)));
            text.Append(blockText);
        }
        var scriptText = text.ToString();
        var sentences = new List<ScriptSentence>();
        for (var b = 0; b < blocks.Count; b++)
        {
            sentences.AddRange(SentencesOf(scriptText, b, blocks, parts[b].Pronunciations));
        }
        return new Script(scriptText, blocks, sentences);
    }

    private IEnumerable<ScriptSentence> SentencesOf(string text, int blockIndex, IReadOnlyList<ScriptBlock> blocks, IReadOnlyList<BlockPronunciation> pronunciations)
    {
        var block = blocks[blockIndex];
        var blockText = text.Substring(block.Span.Start, block.Span.Length);
        var spans = SentenceSegmenter.Split(blockText);
        var sentences = new List<ScriptSentence>();
        foreach (var span in spans)
        {
            var (normalized, terminator) = normalizer.Normalize(blockText, span, block.Span.Start);
            var words = BlockPronunciations.Apply(normalized, pronunciations, block.Span.Start);
            if (words.Count == 0)
            {
                continue;
            }
            var source = new TextSpan(span.Start + block.Span.Start, span.Length);
            if (words.Count <= SentenceChunker.MaxWords && !(options.BleepMaskedWords && words.Any(w => w.BreakAfter == WordBreak.Masked)))
            {
                sentences.Add(new ScriptSentence(blockIndex, source, words, terminator, SentencePause.Sentence));
                continue;
            }
            sentences.AddRange(Pieces(blockIndex, words, terminator));
        }
        if (sentences.Count > 0)
        {
            sentences[^1] = sentences[^1] with { PauseAfter = PauseAfterBlock(blockIndex, blocks) };
        }
        return sentences;
    }

    /// <summary>
    /// A sentence too long for one synthesis, or one with censored words to bleep, as several script sentences:
    /// split at each censored word's gap (followed by a bleep), then chunked to a speakable length.
    /// </summary>
    private IEnumerable<ScriptSentence> Pieces(int blockIndex, IReadOnlyList<ScriptWord> words, char terminator)
    {
        var pieces = options.BleepMaskedWords ? SentenceChunker.SplitAfter(words, w => w.BreakAfter == WordBreak.Masked) : [words];
        for (var p = 0; p < pieces.Count; p++)
        {
            var chunks = SentenceChunker.Chunk(pieces[p]).ToList();
            for (var c = 0; c < chunks.Count; c++)
            {
                var chunk = chunks[c];
                var source = chunk.Skip(1).Aggregate(chunk[0].Source, (union, word) => union.Union(word.Source));
                var pause = c == chunks.Count - 1 && p < pieces.Count - 1 ? SentencePause.Bleep : SentencePause.Sentence;
                yield return new ScriptSentence(blockIndex, source, chunk, terminator, pause);
            }
        }
    }

    /// <summary>A section pause after the headline and after the last intro block; a paragraph pause elsewhere.</summary>
    private static SentencePause PauseAfterBlock(int blockIndex, IReadOnlyList<ScriptBlock> blocks)
    {
        var kind = blocks[blockIndex].Kind;
        var isIntro = kind is ScriptBlockKind.Headline or ScriptBlockKind.Byline or ScriptBlockKind.Dateline;
        var nextIsBody = blockIndex + 1 < blocks.Count && blocks[blockIndex + 1].Kind is not (ScriptBlockKind.Byline or ScriptBlockKind.Dateline);
        return kind == ScriptBlockKind.Headline || (isIntro && nextIsBody) ? SentencePause.Section : SentencePause.Paragraph;
    }

    private IEnumerable<(ScriptBlockKind Kind, string Text)> Intro(Article article)
    {
        if (options.ReadHeadline && !string.IsNullOrWhiteSpace(article.Title))
        {
            yield return (ScriptBlockKind.Headline, article.Title.Trim());
        }
        if (options.ReadByline && !string.IsNullOrWhiteSpace(article.Byline))
        {
            yield return (ScriptBlockKind.Byline, "By " + article.Byline.Trim());
        }
        if (options.ReadDate && article.Published is { } published)
        {
            // The date as the publisher meant it: the local date at the publisher's offset, not UTC.
            yield return (ScriptBlockKind.Dateline, "Published " + published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        }
    }

    private IEnumerable<(ScriptBlockKind Kind, string Text, IReadOnlyList<BlockPronunciation> Pronunciations)> Body(Article article)
    {
        foreach (var block in article.Blocks)
        {
            var include = block.Kind switch
            {
                BlockKind.Caption => options.ReadCaptions,
                BlockKind.Credit => options.ReadCredits,
                _ => true,
            };
            if (include)
            {
                yield return (KindOf(block.Kind), block.Text, block.Pronunciations);
            }
        }
    }

    private static ScriptBlockKind KindOf(BlockKind kind) => kind switch
    {
        BlockKind.Heading => ScriptBlockKind.Heading,
        BlockKind.Quote => ScriptBlockKind.Quote,
        BlockKind.ListItem => ScriptBlockKind.ListItem,
        BlockKind.Credit => ScriptBlockKind.Credit,
        BlockKind.Caption => ScriptBlockKind.Caption,
        _ => ScriptBlockKind.Paragraph,
    };
}
