using Aloud.Ingest;
using Aloud.Script;

namespace Aloud.Tests.Script;

public class ScriptWriterTests
{
    private static Article Sample(params ArticleBlock[] blocks) => new(
        "Harbor festival returns",
        "Jane Roe",
        new DateTimeOffset(2025, 10, 4, 6, 30, 0, TimeSpan.FromHours(-7)),
        "en-US",
        null,
        blocks.Length > 0 ? blocks : [new ArticleBlock(BlockKind.Paragraph, "The lanterns are back. Crowds are expected.")]);

    [Fact]
    public void Intro_reads_headline_byline_and_local_date()
    {
        var script = new ScriptWriter().Write(Sample());
        var spoken = script.Sentences.Select(s => s.SpokenText).ToList();
        Assert.Equal("Harbor festival returns.", spoken[0]);
        Assert.Equal("By Jane Roe.", spoken[1]);
        Assert.Equal("Published October fourth, twenty twenty-five.", spoken[2]);
        Assert.Equal(SentencePause.Section, script.Sentences[0].PauseAfter);
        Assert.Equal(SentencePause.Section, script.Sentences[2].PauseAfter);
    }

    [Fact]
    public void A_late_evening_date_keeps_the_publishers_day()
    {
        var article = Sample() with { Published = new DateTimeOffset(2025, 5, 23, 23, 0, 0, TimeSpan.FromHours(-4)) };
        var script = new ScriptWriter(new ScriptOptions { ReadHeadline = false, ReadByline = false }).Write(article);
        Assert.Equal("Published May twenty-third, twenty twenty-five.", script.Sentences[0].SpokenText);
    }

    [Fact]
    public void Intro_parts_can_be_switched_off()
    {
        var script = new ScriptWriter(new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false }).Write(Sample());
        Assert.Equal("The lanterns are back.", script.Sentences[0].SpokenText);
        Assert.All(script.Blocks, b => Assert.Equal(ScriptBlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void Spans_index_the_script_text()
    {
        var script = new ScriptWriter().Write(Sample());
        foreach (var sentence in script.Sentences)
        {
            var written = script.Text.Substring(sentence.Source.Start, sentence.Source.Length);
            foreach (var word in sentence.Words)
            {
                Assert.InRange(word.Source.Start, sentence.Source.Start, sentence.Source.End);
                Assert.InRange(word.Source.End, sentence.Source.Start, sentence.Source.End);
            }
            Assert.False(string.IsNullOrWhiteSpace(written));
        }
        var crowds = script.Sentences.SelectMany(s => s.Words).First(w => w.Spoken == "Crowds");
        Assert.Equal("Crowds", script.Text.Substring(crowds.Source.Start, crowds.Source.Length));
    }

    [Fact]
    public void Captions_are_off_and_credits_on_by_default()
    {
        var article = Sample(
            new ArticleBlock(BlockKind.Paragraph, "Body text here."),
            new ArticleBlock(BlockKind.Caption, "A photo of lanterns."),
            new ArticleBlock(BlockKind.Credit, "Sam Lee contributed to this report."));
        var spoken = string.Join(' ', new ScriptWriter().Write(article).Sentences.Select(s => s.SpokenText));
        Assert.DoesNotContain("photo", spoken);
        Assert.Contains("contributed", spoken);

        var withCaptions = new ScriptWriter(new ScriptOptions { ReadCaptions = true, ReadCredits = false }).Write(article);
        var spoken2 = string.Join(' ', withCaptions.Sentences.Select(s => s.SpokenText));
        Assert.Contains("photo", spoken2);
        Assert.DoesNotContain("contributed", spoken2);
    }

    [Fact]
    public void Paragraph_ends_get_paragraph_pauses()
    {
        var script = new ScriptWriter(new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false }).Write(Sample(
            new ArticleBlock(BlockKind.Paragraph, "One. Two."),
            new ArticleBlock(BlockKind.Paragraph, "Three.")));
        Assert.Equal([SentencePause.Sentence, SentencePause.Paragraph, SentencePause.Paragraph], script.Sentences.Select(s => s.PauseAfter));
    }

    [Fact]
    public void A_censored_word_is_a_pause_by_default_and_a_bleep_gap_when_asked()
    {
        var article = Sample(new ArticleBlock(BlockKind.Paragraph, "\"It kicks a--,\" the director said."));
        var quiet = new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false };
        var paused = new ScriptWriter(quiet).Write(article);
        var sentence = Assert.Single(paused.Sentences);
        Assert.Equal(Aloud.Speech.WordBreak.Masked, sentence.Words.Single(w => w.Spoken == "kicks").BreakAfter);

        var bleeped = new ScriptWriter(quiet with { BleepMaskedWords = true }).Write(article);
        Assert.Equal(2, bleeped.Sentences.Count);
        Assert.Equal(SentencePause.Bleep, bleeped.Sentences[0].PauseAfter);
        Assert.Equal("It kicks.", bleeped.Sentences[0].SpokenText);
        Assert.Equal("the director said.", bleeped.Sentences[1].SpokenText);
        Assert.Equal(SentencePause.Paragraph, bleeped.Sentences[1].PauseAfter);
    }

    [Fact]
    public void A_censored_last_word_gets_a_bleep_after_its_sentence_only_when_asked()
    {
        var article = Sample(new ArticleBlock(BlockKind.Paragraph, "He called the plan b------t. Then he left."));
        var quiet = new ScriptOptions { ReadHeadline = false, ReadByline = false, ReadDate = false };

        var paused = new ScriptWriter(quiet).Write(article);
        Assert.Equal(2, paused.Sentences.Count);
        Assert.False(paused.Sentences[0].EndsInBleep);
        // No engine ever sees the censor mark at a sentence's end: the sentence pause is the gap.
        Assert.All(paused.Sentences, s => Assert.Equal(Aloud.Speech.WordBreak.None, s.Words[^1].BreakAfter));

        var bleeped = new ScriptWriter(quiet with { BleepMaskedWords = true }).Write(article);
        Assert.Equal(2, bleeped.Sentences.Count);
        Assert.True(bleeped.Sentences[0].EndsInBleep);
        Assert.Equal("He called the plan.", bleeped.Sentences[0].SpokenText);
        Assert.False(bleeped.Sentences[1].EndsInBleep);
        Assert.All(bleeped.Sentences, s => Assert.Equal(Aloud.Speech.WordBreak.None, s.Words[^1].BreakAfter));
    }
}
