using Aloud.Ingest;
using Aloud.Ingest.Ssml;
using Aloud.Script;

namespace Aloud.Tests.Ingest.Ssml;

/// <summary><c>&lt;prosody rate&gt;</c> values, nesting and clamping, as rate spans on the blocks read.</summary>
public class ProsodyRateTests
{
    private static ArticleBlock Block(string body) => Assert.Single(SsmlReader.Read($"<speak>{body}</speak>").Article.Blocks);

    /// <summary>The rate each written word is spoken at, as "word@rate".</summary>
    private static string RatesOf(string body)
    {
        var script = new ScriptWriter().Write(new Article(null, null, null, "en", null, [Block(body)]));
        return string.Join(' ', script.Sentences.SelectMany(s => s.Words.Select(w => $"{w.Spoken}@{s.Rate:0.###}")));
    }

    [Theory]
    [InlineData("x-slow", 0.6)]
    [InlineData("slow", 0.8)]
    [InlineData("medium", 1.0)]
    [InlineData("default", 1.0)]
    [InlineData(" FAST ", 1.3)]
    [InlineData("x-fast", 1.6)]
    [InlineData("150%", 1.5)]
    [InlineData("75.5%", 0.755)]
    [InlineData("+20%", 1.2)]
    [InlineData("-10%", 0.9)]
    [InlineData("1.2", 1.2)]
    public void Values_resolve_to_a_multiplier_of_the_narration_rate(string value, double expected)
    {
        var block = Block($"Before <prosody rate=\"{value}\">inside</prosody> after.");
        var rates = block.Rates.Where(r => block.Text.Substring(r.Span.Start, r.Span.Length).Trim() == "inside").ToList();
        if (expected == 1.0)
        {
            Assert.Empty(block.Rates);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(rates).Rate, 6);
        }
    }

    [Theory]
    [InlineData("zoom")]
    [InlineData("fastish")]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("+0.2")]
    [InlineData("NaN")]
    [InlineData("Infinity%")]
    [InlineData("1e3")]
    [InlineData("1.2.3")]
    [InlineData("120wpm")]
    [InlineData("- 10%")]
    public void Garbage_is_refused_naming_the_value(string value)
    {
        var error = Assert.Throws<AloudInputException>(() => SsmlReader.Read($"<speak><prosody rate=\"{value}\">words</prosody></speak>"));
        Assert.Contains($"rate=\"{value}\"", error.Message);
        Assert.Contains("is not a rate", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("300%", 2.0)]
    [InlineData("10", 2.0)]
    [InlineData("10%", 0.5)]
    [InlineData("0", 0.5)]
    [InlineData("-90%", 0.5)]
    public void Rates_beyond_half_or_double_are_clamped_with_a_note(string value, double expected)
    {
        var document = SsmlReader.Read($"<speak><prosody rate=\"{value}\">words</prosody></speak>");
        Assert.Equal(expected, Assert.Single(Assert.Single(document.Article.Blocks).Rates).Rate, 6);
        Assert.Contains(document.Notes, n => n.Contains($"rate=\"{value}\"", StringComparison.Ordinal) && n.Contains("clamped", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_labels_replace_and_signed_changes_multiply_the_enclosing_rate()
    {
        Assert.Equal(
            "one@1 two@1.3 three@1.56 four@1.3 five@0.8 six@0.96 seven@1.3 eight@1",
            RatesOf("one <prosody rate=\"fast\">two <prosody rate=\"+20%\">three</prosody> four <prosody rate=\"slow\">five <prosody rate=\"+20%\">six</prosody></prosody> seven</prosody> eight"));
    }

    [Fact]
    public void Words_said_for_a_sub_inside_a_prosody_take_its_rate()
    {
        Assert.Equal("the@0.8 World@0.8 Wide@0.8 Web@0.8 ended@1", RatesOf("<prosody rate=\"slow\">the <sub alias=\"World Wide Web\">WWW</sub></prosody> ended"));
    }

    [Fact]
    public void A_signed_change_at_the_top_is_relative_to_the_narration()
    {
        Assert.Equal("one@1 two@0.75 three@1", RatesOf("one <prosody rate=\"-25%\">two</prosody> three"));
    }

    [Fact]
    public void A_prosody_without_a_rate_keeps_the_enclosing_one()
    {
        Assert.Equal("one@1.3 two@1.3 three@1.3", RatesOf("<prosody rate=\"fast\">one <prosody pitch=\"high\">two</prosody> three</prosody>"));
    }

    [Fact]
    public void A_rate_spans_paragraphs_and_long_breaks()
    {
        var document = SsmlReader.Read("<speak><prosody rate=\"slow\"><p>First part.</p><p>Second<break time=\"2s\"/>third</p></prosody><p>Plain.</p></speak>");
        var blocks = document.Article.Blocks;
        Assert.Equal(["First part.", "Second", "third", "Plain."], blocks.Select(b => b.Text));
        for (var b = 0; b < 3; b++)
        {
            Assert.Equal(new RateSpan(new TextSpan(0, blocks[b].Text.Length), 0.8), Assert.Single(blocks[b].Rates));
        }
        Assert.Empty(blocks[3].Rates);
    }

    [Fact]
    public void An_empty_prosody_is_checked_but_changes_nothing()
    {
        Assert.Empty(Block("one <prosody rate=\"slow\"/> two").Rates);
        Assert.Throws<AloudInputException>(() => Block("one <prosody rate=\"bad\"/> two"));
    }
}
