using System.Globalization;
using System.Text;
using Aloud.Ingest;
using Aloud.Script.Dialect;
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
        new(EnglishNumberWords.Instance, options.DisabledPasses, options.Lexicon, options.Emoji);

    public Script Write(Article article)
    {
        var parts = Intro(article).Concat(Body(article)).Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
        var text = new StringBuilder();
        var blocks = new List<ScriptBlock>();
        foreach (var part in parts)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }
            blocks.Add(new ScriptBlock(part.Kind, new TextSpan(text.Length, part.Text.Length)));
            text.Append(part.Text);
        }
        var scriptText = text.ToString();
        // One order for the whole article: a single paragraph rarely shows whether "12/03/2025" is March or December.
        var dates = options.Dates ?? DateOrderCues.Detect(scriptText, article.Language);
        var sentences = new List<ScriptSentence>();
        for (var b = 0; b < blocks.Count; b++)
        {
            sentences.AddRange(SentencesOf(scriptText, b, blocks, parts[b], article.Language, dates));
        }
        return new Script(scriptText, blocks, sentences);
    }

    private IEnumerable<ScriptSentence> SentencesOf(string text, int blockIndex, IReadOnlyList<ScriptBlock> blocks, Part part, string articleLanguage, DateOrder dates)
    {
        // Only passages in another language than the article's are marked: a page's lang repeated inside changes nothing.
        var languages = part.Languages.Where(l => !Speech.LanguageTags.SameLanguage(l.Language, articleLanguage)).OrderBy(l => l.Span.Start).ToList();
        var block = blocks[blockIndex];
        var blockText = text.Substring(block.Span.Start, block.Span.Length);
        var overrides = Ordered(part.Overrides);
        var rates = part.Rates.OrderBy(r => r.Span.Start).ToList();
        var spans = KeepOverridesWhole(OrdinalStops.KeepWhole(SentenceSegmenter.Split(blockText), blockText, languages), overrides);
        var sentences = new List<ScriptSentence>();
        var nextOverride = 0;
        foreach (var span in spans)
        {
            // Sentences and overrides are both in text order: each sentence gets its own overrides, in one pass.
            var first = nextOverride;
            while (nextOverride < overrides.Count && overrides[nextOverride].Span.Start < span.End)
            {
                nextOverride++;
            }
            var (normalized, terminator) = normalizer.Normalize(blockText, span, block.Span.Start, overrides[first..nextOverride], dates);
            var words = BlockPronunciations.Apply(normalized, part.Pronunciations, span, block.Span.Start);
            if (words.Count == 0)
            {
                continue;
            }
            // A censored last word: no engine gets the mark (the sentence's end is the pause), the bleep comes after.
            var endsCensored = words[^1].BreakAfter == WordBreak.Masked;
            if (endsCensored)
            {
                words = [.. words.Take(words.Count - 1), words[^1] with { BreakAfter = WordBreak.None }];
            }
            var firstOfSentence = sentences.Count;
            var source = new TextSpan(span.Start + block.Span.Start, span.Length);
            var runs = rates.Count == 0 && languages.Count == 0
                ? [(words, (1.0, (string?)null))]
                : SentenceChunker.SplitBy(words, w => (RateAt(rates, w.Source.Start - block.Span.Start), LanguageAt(languages, w.Source.Start - block.Span.Start)));
            for (var r = 0; r < runs.Count; r++)
            {
                var (run, (rate, language)) = runs[r];
                if (language is not null)
                {
                    run = WrittenReading.Of(run, text);
                }
                if (run.Count <= SentenceChunker.MaxWords && !(options.BleepMaskedWords && run.Any(w => w.BreakAfter == WordBreak.Masked)))
                {
                    // The first and last runs reach the sentence's edges, so its quotes and terminator stay in a span.
                    var spoken = SourceOf(run);
                    var start = r == 0 ? source.Start : spoken.Start;
                    var end = r == runs.Count - 1 ? source.End : spoken.End;
                    var runSource = new TextSpan(start, end - start);
                    sentences.Add(new ScriptSentence(blockIndex, runSource, run, terminator, SentencePause.Sentence) { Rate = rate, Language = language });
                    continue;
                }
                sentences.AddRange(Pieces(blockIndex, run, terminator).Select(s => s with { Rate = rate, Language = language }));
            }
            for (var s = firstOfSentence; s < sentences.Count - 1; s++)
            {
                // Where the written sentence only changes language, a short breath, not a full stop's pause.
                if (sentences[s].PauseAfter == SentencePause.Sentence && sentences[s].Language != sentences[s + 1].Language)
                {
                    sentences[s] = sentences[s] with { PauseAfter = SentencePause.LanguageSwitch };
                }
            }
            if (endsCensored && options.BleepMaskedWords && sentences.Count > firstOfSentence)
            {
                sentences[^1] = sentences[^1] with { EndsInBleep = true };
            }
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
                var source = SourceOf(chunk);
                var pause = c == chunks.Count - 1 && p < pieces.Count - 1 ? SentencePause.Bleep : SentencePause.Sentence;
                yield return new ScriptSentence(blockIndex, source, chunk, terminator, pause);
            }
        }
    }

    private static TextSpan SourceOf(IReadOnlyList<ScriptWord> words) =>
        words.Skip(1).Aggregate(words[0].Source, (union, word) => union.Union(word.Source));

    /// <summary>Non-empty overrides in text order; of overlapping ones the first is kept, as the normaliser would.</summary>
    private static List<SpanOverride> Ordered(IReadOnlyList<SpanOverride> overrides)
    {
        var ordered = new List<SpanOverride>(overrides.Count);
        foreach (var o in overrides.Where(o => o.Span.Length > 0).OrderBy(o => o.Span.Start))
        {
            if (ordered.Count == 0 || o.Span.Start >= ordered[^1].Span.End)
            {
                ordered.Add(o);
            }
        }
        return ordered;
    }

    /// <summary>
    /// Sentences joined where an override crosses the boundary the segmenter found ("Dr." or a dotted date read
    /// by a say-as): an override is said whole, in one sentence. Overrides are ordered and do not overlap, so
    /// one pass over both lists does it.
    /// </summary>
    private static IReadOnlyList<TextSpan> KeepOverridesWhole(IReadOnlyList<TextSpan> spans, List<SpanOverride> overrides)
    {
        if (overrides.Count == 0)
        {
            return spans;
        }
        var joined = new List<TextSpan>(spans.Count);
        var o = 0;
        foreach (var span in spans)
        {
            if (joined.Count > 0)
            {
                var boundary = joined[^1].End;
                while (o < overrides.Count && overrides[o].Span.End <= boundary)
                {
                    o++;
                }
                if (o < overrides.Count && overrides[o].Span.Start < boundary)
                {
                    joined[^1] = joined[^1].Union(span);
                    continue;
                }
            }
            joined.Add(span);
        }
        return joined;
    }

    /// <summary>
    /// The rate of the span a word's first character falls in (block coordinates; spans ordered by start, and
    /// where they overlap the later-starting one wins); 1.0 outside them all. A binary search: a block may hold
    /// thousands of short spans.
    /// </summary>
    private static double RateAt(List<RateSpan> rates, int position)
    {
        int low = 0, high = rates.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (rates[mid].Span.Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found >= 0 && position < rates[found].Span.End ? rates[found].Rate : 1.0;
    }

    /// <summary>The language of the span a word's first character falls in (block coordinates, spans ordered, not overlapping); null outside them.</summary>
    private static string? LanguageAt(List<LanguageSpan> languages, int position)
    {
        int low = 0, high = languages.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var span = languages[mid].Span;
            if (position < span.Start)
            {
                high = mid - 1;
            }
            else if (position >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return languages[mid].Language;
            }
        }
        return null;
    }

    /// <summary>A section pause after the headline and after the last intro block; a paragraph pause elsewhere.</summary>
    private static SentencePause PauseAfterBlock(int blockIndex, IReadOnlyList<ScriptBlock> blocks)
    {
        var kind = blocks[blockIndex].Kind;
        var isIntro = kind is ScriptBlockKind.Headline or ScriptBlockKind.Byline or ScriptBlockKind.Dateline;
        var nextIsBody = blockIndex + 1 < blocks.Count && blocks[blockIndex + 1].Kind is not (ScriptBlockKind.Byline or ScriptBlockKind.Dateline);
        return kind == ScriptBlockKind.Headline || (isIntro && nextIsBody) ? SentencePause.Section : SentencePause.Paragraph;
    }

    /// <summary>A block to read: its text and how parts of it are read (overrides and rates are in its coordinates).</summary>
    private sealed record Part(ScriptBlockKind Kind, string Text, IReadOnlyList<SpanOverride> Overrides, IReadOnlyList<RateSpan> Rates)
    {
        public Part(ScriptBlockKind kind, string text)
            : this(kind, text, [], [])
        {
        }

        /// <summary>Pronunciations of parts of the text (SSML phoneme), in its coordinates.</summary>
        public IReadOnlyList<BlockPronunciation> Pronunciations { get; init; } = [];

        /// <summary>Parts of the text marked in a language (lang, xml:lang), in its coordinates.</summary>
        public IReadOnlyList<LanguageSpan> Languages { get; init; } = [];
    }

    private IEnumerable<Part> Intro(Article article)
    {
        if (options.ReadHeadline && !string.IsNullOrWhiteSpace(article.Title))
        {
            yield return new Part(ScriptBlockKind.Headline, article.Title.Trim());
        }
        if (options.ReadByline && !string.IsNullOrWhiteSpace(article.Byline))
        {
            yield return new Part(ScriptBlockKind.Byline, "By " + article.Byline.Trim());
        }
        if (options.ReadDate && article.Published is { } published)
        {
            // The date as the publisher meant it: the local date at the publisher's offset, not UTC.
            yield return new Part(ScriptBlockKind.Dateline, "Published " + published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture));
        }
    }

    private IEnumerable<Part> Body(Article article)
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
                yield return new Part(KindOf(block.Kind), block.Text, block.Overrides, block.Rates) { Pronunciations = block.Pronunciations, Languages = LanguagesOf(block) };
            }
        }
    }

    /// <summary>
    /// A block's marked languages; an unmarked block written wholly in a script only one language uses is in that
    /// language (<see cref="LanguageByScript"/>): the one guess that cannot be wrong.
    /// </summary>
    private static IReadOnlyList<LanguageSpan> LanguagesOf(ArticleBlock block) =>
        block.Languages.Count > 0 || LanguageByScript.Detect(block.Text) is not { } detected
            ? block.Languages
            : [new LanguageSpan(new TextSpan(0, block.Text.Length), detected)];

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
