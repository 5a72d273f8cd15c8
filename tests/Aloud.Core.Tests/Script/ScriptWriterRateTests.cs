using Aloud.Ingest;
using Aloud.Script;

namespace Aloud.Tests.Script;

/// <summary>Rate spans: a rate change inside a sentence splits it so each script sentence has one rate.</summary>
public class ScriptWriterRateTests
{
    private static Aloud.Script.Script Write(string text, params RateSpan[] rates) =>
        new ScriptWriter().Write(new Article(null, null, null, "en", null, [new ArticleBlock(BlockKind.Paragraph, text) { Rates = rates }]));

    private static RateSpan Rate(string text, string part, double rate) =>
        new(new TextSpan(text.IndexOf(part, StringComparison.Ordinal), part.Length), rate);

    [Fact]
    public void A_rate_change_inside_a_sentence_is_a_chunk_boundary()
    {
        const string text = "Say it plainly, then quickly now, and plainly again. Next one.";
        var script = Write(text, Rate(text, "quickly now,", 1.5));
        Assert.Equal(
            ["Say it plainly, then@1", "quickly now@1.5", "and plainly again.@1", "Next one.@1"],
            script.Sentences.Select(s => $"{script.Text.Substring(s.Source.Start, s.Source.Length)}@{s.Rate}"));
        Assert.Equal("Say it plainly, then.", script.Sentences[0].SpokenText);
        Assert.Equal(SentencePause.Paragraph, script.Sentences[^1].PauseAfter);
    }

    [Fact]
    public void A_sentence_wholly_at_one_rate_stays_whole()
    {
        const string text = "All of this is fast. This is not.";
        var script = Write(text, Rate(text, "All of this is fast.", 1.3));
        Assert.Equal([(20, 1.3), (12, 1.0)], script.Sentences.Select(s => (s.Source.Length, s.Rate)));
    }

    [Fact]
    public void Long_runs_at_a_rate_are_still_chunked_and_keep_their_rate()
    {
        var text = "Start " + string.Join(' ', Enumerable.Repeat("word", 130)) + " end";
        var script = Write(text, Rate(text, "word", 0.8) with { Span = new TextSpan(6, text.Length - 10) });
        Assert.Equal(1.0, script.Sentences[0].Rate);
        Assert.Equal("Start.", script.Sentences[0].SpokenText);
        var slow = script.Sentences.Skip(1).Take(script.Sentences.Count - 2).ToList();
        Assert.True(slow.Count >= 3, $"{slow.Count} chunks");
        Assert.All(slow, s => Assert.Equal(0.8, s.Rate));
        Assert.All(slow, s => Assert.InRange(s.Words.Count, 1, SentenceChunker.MaxWords));
        Assert.Equal(130, slow.Sum(s => s.Words.Count));
        Assert.Equal("end.", script.Sentences[^1].SpokenText);
    }

    [Fact]
    public void Without_rates_every_sentence_is_at_the_narration_rate()
    {
        Assert.All(Write("One. Two, three.").Sentences, s => Assert.Equal(1.0, s.Rate));
    }
}
