using Aloud.Ingest;
using Aloud.Script;
using Aloud.Script.Lexicon;
using Aloud.Speech;

namespace Aloud.Tests.Script;

/// <summary>Span overrides: the normaliser says the override's text, and every word it says points at the written span.</summary>
public class SpanOverrideTests
{
    private static readonly TextNormalizer Normalizer = new(EnglishNumberWords.Instance);

    /// <summary>Each spoken word with the written text its span covers, as "spoken=written".</summary>
    private static string Read(string text, params SpanOverride[] overrides) => Read(Normalizer, text, overrides);

    private static string Read(TextNormalizer normalizer, string text, params SpanOverride[] overrides)
    {
        var (words, _) = normalizer.Normalize(text, new TextSpan(0, text.Length), 0, overrides);
        return string.Join(' ', words.Select(w => $"{w.Spoken}={text.Substring(w.Source.Start, w.Source.Length)}"));
    }

    private static SpanOverride Over(string text, string written, string say, string kind = "sub") =>
        new(new TextSpan(text.IndexOf(written, StringComparison.Ordinal), written.Length), say, kind);

    [Fact]
    public void The_override_is_said_and_every_word_points_at_the_written_span()
    {
        const string text = "The W3C met.";
        Assert.Equal("The=The World=W3C Wide=W3C Web=W3C Consortium=W3C met=met", Read(text, Over(text, "W3C", "World Wide Web Consortium")));
    }

    [Fact]
    public void The_override_text_is_normalised_on_its_own()
    {
        const string text = "Rooms 12 and 4B.";
        Assert.Equal(
            "Rooms=Rooms twelfth=12 and=and four=4B B=4B",
            Read(text, Over(text, "12", "12th", "say-as"), Over(text, "4B", "4 B", "say-as")));
    }

    [Fact]
    public void A_reading_keeps_its_inner_breaks()
    {
        const string text = "Ring 5550100 today.";
        var (words, _) = Normalizer.Normalize(text, new TextSpan(0, text.Length), 0, [Over(text, "5550100", "5 5 5, 0 1 0 0", "say-as")]);
        Assert.Equal(["Ring", "five", "five", "five", "zero", "one", "zero", "zero", "today"], words.Select(w => w.Spoken));
        Assert.Equal(WordBreak.Comma, words[3].BreakAfter);
        Assert.All(words.Skip(1).Take(7), w => Assert.Equal("5550100", text.Substring(w.Source.Start, w.Source.Length)));
        Assert.All(words.Skip(1).Take(7), w => Assert.Equal("say-as", w.Class));
    }

    [Fact]
    public void Passes_never_read_the_written_characters_of_an_override()
    {
        // Unforced, "$5" is money; forced, it is whatever the author says.
        const string text = "It costs $5 now.";
        Assert.Contains("five=$5 dollars=$5", Read(text), StringComparison.Ordinal);
        Assert.Equal("It=It costs=costs a=$5 fiver=$5 now=now", Read(text, Over(text, "$5", "a fiver")));
    }

    [Fact]
    public void Text_glued_to_an_override_is_still_read()
    {
        // A possessive joins the reading's last word, as it does after any pass's reading.
        const string text = "NASA's rover.";
        Assert.Equal("N=NASA's A=NASA's S=NASA's A's=NASA's rover=rover", Read(text, Over(text, "NASA", "N A S A", "say-as")));
        const string hyphened = "W3C-approved.";
        Assert.Equal("the=W3C consortium=W3C approved=approved", Read(hyphened, Over(hyphened, "W3C", "the consortium")));
    }

    [Fact]
    public void An_empty_reading_says_nothing_for_the_span()
    {
        const string text = "Keep this [sic] quiet.";
        Assert.Equal("Keep=Keep this=this quiet=quiet", Read(text, Over(text, "[sic]", "")));
    }

    [Fact]
    public void Overrides_outside_the_span_or_overlapping_are_ignored()
    {
        const string text = "One two three.";
        var (words, _) = Normalizer.Normalize(text, new TextSpan(0, 7), 0, [Over(text, "three", "four"), Over(text, "One two", "uno dos"), Over(text, "two", "deux")]);
        Assert.Equal(["uno", "dos"], words.Select(w => w.Spoken));
    }

    [Fact]
    public void Spans_are_offset_like_the_rest_of_the_sentence()
    {
        const string text = "Hello there W3C.";
        var (words, _) = Normalizer.Normalize(text, new TextSpan(6, 10), 100, [Over(text, "W3C", "the consortium")]);
        Assert.Equal([new TextSpan(106, 5), new TextSpan(112, 3), new TextSpan(112, 3)], words.Select(w => w.Source));
    }

    [Fact]
    public void The_lexicon_respells_an_override_reading_once()
    {
        var lexicon = new PronunciationLexicon(1, [new("Marek", "mah rek")]);
        var normalizer = new TextNormalizer(EnglishNumberWords.Instance, null, lexicon);
        const string text = "Ask M. now.";
        Assert.Equal("Ask=Ask mah=M. rek=M. now=now", Read(normalizer, text, Over(text, "M.", "Marek")));
    }

    [Fact]
    public void The_script_keeps_a_sentence_whole_where_an_override_crosses_a_boundary()
    {
        const string text = "They met at 10 a.m. The talks began.";
        var block = new ArticleBlock(BlockKind.Paragraph, text) { Overrides = [Over(text, "a.m. The", "in the morning the")] };
        var script = new ScriptWriter().Write(new Article(null, null, null, "en", null, [block]));
        var sentence = Assert.Single(script.Sentences);
        Assert.Equal("They met at ten in the morning the talks began.", sentence.SpokenText);
        Assert.Equal(text, script.Text.Substring(sentence.Source.Start, sentence.Source.Length));
    }
}
