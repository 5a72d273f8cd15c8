using Aloud.Ingest;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Tests.Script;

public class SentenceChunkerTests
{
    private static List<ScriptWord> Words(int count, int breakEvery = 0) =>
        Enumerable.Range(0, count)
            .Select(i => new ScriptWord($"w{i}", new TextSpan(i * 3, 2), breakEvery > 0 && (i + 1) % breakEvery == 0 ? WordBreak.Comma : WordBreak.None))
            .ToList();

    [Fact]
    public void A_short_sentence_stays_whole() => Assert.Single(SentenceChunker.Chunk(Words(60)));

    [Fact]
    public void A_long_sentence_splits_at_the_last_break_in_the_window()
    {
        var chunks = SentenceChunker.Chunk(Words(100, breakEvery: 7)).ToList();
        Assert.Equal(56, chunks[0].Count);
        Assert.Equal(100, chunks.Sum(c => c.Count));
        Assert.All(chunks, c => Assert.Equal(WordBreak.None, c[^1].BreakAfter));
    }

    [Fact]
    public void Without_breaks_it_splits_at_the_window()
    {
        var chunks = SentenceChunker.Chunk(Words(250)).ToList();
        Assert.Equal([60, 60, 60, 60, 10], chunks.Select(c => c.Count));
    }

    [Fact]
    public void The_script_writer_keeps_every_word_of_a_run_on_sentence_with_its_span()
    {
        var text = string.Join(' ', Enumerable.Range(0, 150).Select(i => i % 2 == 0 ? "lantern" : "boat")) + ".";
        var article = new Article(null, null, null, "en", null, [new ArticleBlock(BlockKind.Paragraph, text)]);
        var script = new ScriptWriter().Write(article);
        Assert.Equal(3, script.Sentences.Count);
        Assert.Equal(150, script.WordCount);
        Assert.All(script.Sentences, s => Assert.InRange(s.Words.Count, 1, SentenceChunker.MaxWords));
        Assert.Equal(script.Sentences[0].Words[^1].Source.End, script.Sentences[0].Source.End);
    }
}
