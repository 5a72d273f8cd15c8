using Aloud.Ingest;
using Aloud.Script;

namespace Aloud.Tests.Script;

/// <summary>Language spans reach script sentences: one language per sentence, a change inside a sentence splits it.</summary>
public class ScriptWriterLanguageTests
{
    private static Aloud.Script.Script Write(string articleLanguage, params ArticleBlock[] blocks) =>
        new ScriptWriter().Write(new Article(null, null, null, articleLanguage, null, blocks));

    private static LanguageSpan Span(string text, string part, string language) =>
        new(new TextSpan(text.IndexOf(part, StringComparison.Ordinal), part.Length), language);

    private static IEnumerable<string> Sentences(Aloud.Script.Script script) =>
        script.Sentences.Select(s => $"{s.SpokenText}@{s.Language ?? "-"}");

    [Fact]
    public void A_paragraph_in_another_language_gives_its_sentences_that_language()
    {
        const string german = "Wir danken allen. Bis bald.";
        var script = Write("en",
            new ArticleBlock(BlockKind.Paragraph, "We thank everyone."),
            new ArticleBlock(BlockKind.Quote, german) { Languages = [new(new TextSpan(0, german.Length), "de")] });
        Assert.Equal(["We thank everyone.@-", "Wir danken allen.@de", "Bis bald.@de"], Sentences(script));
        Assert.Equal([SentencePause.Paragraph, SentencePause.Sentence, SentencePause.Paragraph], script.Sentences.Select(s => s.PauseAfter));
    }

    [Fact]
    public void A_language_change_inside_a_sentence_splits_it_and_keeps_every_word()
    {
        const string text = "He shrugged and said c'est la vie before leaving.";
        var script = Write("en", new ArticleBlock(BlockKind.Paragraph, text) { Languages = [Span(text, "c'est la vie", "fr")] });
        Assert.Equal(["He shrugged and said.@-", "c'est la vie.@fr", "before leaving.@-"], Sentences(script));
        Assert.Equal(text.Split(' ').Length, script.WordCount);
        // A breath between the parts of one written sentence; the block's end keeps its paragraph pause.
        Assert.Equal([SentencePause.LanguageSwitch, SentencePause.LanguageSwitch, SentencePause.Paragraph], script.Sentences.Select(s => s.PauseAfter));
    }

    [Fact]
    public void A_passage_in_another_language_keeps_its_numbers_and_abbreviations_as_written_for_its_voice()
    {
        // English readings ("three", "percent", "doctor") would be said by a German voice; it reads "3" as "drei".
        const string german = "Um 3 Uhr sprach Dr. Weber über 4,5 % mehr.";
        var script = Write("en",
            new ArticleBlock(BlockKind.Paragraph, "At 3 p.m. Dr. Weber spoke."),
            new ArticleBlock(BlockKind.Quote, german) { Languages = [new(new TextSpan(0, german.Length), "de")] });

        var english = script.Sentences.First(s => s.Language is null);
        var quoted = script.Sentences.Where(s => s.Language == "de").SelectMany(s => s.Words).Select(w => w.Spoken).ToList();
        Assert.Contains("three", english.Words.Select(w => w.Spoken));
        Assert.Contains("3", quoted);
        Assert.Contains("4,5", quoted);
        Assert.DoesNotContain("three", quoted);
        Assert.DoesNotContain("percent", quoted);
        // Each written word is still mapped back to its place in the article.
        Assert.All(script.Sentences.Where(s => s.Language == "de").SelectMany(s => s.Words),
            w => Assert.Equal(w.Spoken, script.Text.Substring(w.Source.Start, w.Source.Length)));
    }

    [Theory]
    [InlineData("de", "Wir treffen uns am 12. März in Kiel.", 1)]
    [InlineData("pl", "Spotkanie odbędzie się 3. maja w Gdańsku.", 1)]
    [InlineData("fr", "Ils ont fini 12. Puis ils sont partis.", 2)] // French writes ordinals otherwise: the stop ends the sentence
    [InlineData("de", "Der Zug kam um 4.12. Dann fuhr er weiter.", 2)] // a date's last part, not a bare ordinal
    public void A_number_and_its_stop_end_no_sentence_in_a_language_that_writes_ordinals_so(string language, string passage, int sentences)
    {
        var script = Write("en", new ArticleBlock(BlockKind.Quote, passage) { Languages = [new(new TextSpan(0, passage.Length), language)] });
        Assert.Equal(sentences, script.Sentences.Count);
    }

    [Fact]
    public void An_english_sentence_ending_in_a_number_still_ends_there()
    {
        var script = Write("en", new ArticleBlock(BlockKind.Paragraph, "The final score was 12. Then the crowd left."));
        Assert.Equal(2, script.Sentences.Count);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN_us")]
    public void A_span_in_the_articles_own_language_changes_nothing(string marked)
    {
        const string text = "All of this is English.";
        var script = Write("en-US", new ArticleBlock(BlockKind.Paragraph, text) { Languages = [new(new TextSpan(0, text.Length), marked)] });
        Assert.Null(Assert.Single(script.Sentences).Language);
    }

    [Fact]
    public void Rate_and_language_changes_split_at_both()
    {
        const string text = "Slowly now, langsam jetzt, and done.";
        var script = Write("en", new ArticleBlock(BlockKind.Paragraph, text)
        {
            Rates = [new RateSpan(new TextSpan(0, "Slowly now, langsam".Length), 0.8)],
            Languages = [Span(text, "langsam jetzt,", "de")],
        });
        Assert.Equal(
            ["Slowly now.@-@0.8", "langsam.@de@0.8", "jetzt.@de@1", "and done.@-@1"],
            script.Sentences.Select(s => $"{s.SpokenText}@{s.Language ?? "-"}@{s.Rate}"));
    }
}
