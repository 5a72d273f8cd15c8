using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>HTML <c>lang</c> attributes inside the body become language spans of the blocks, in the collapsed text's positions.</summary>
public class HtmlLanguageTests
{
    private static IReadOnlyList<ArticleBlock> Blocks(string body, string pageLanguage = "en") =>
        HtmlArticleExtractor.Extract($"<html lang=\"{pageLanguage}\"><head><title>Market day</title></head><body><article>{body}</article></body></html>").Blocks;

    /// <summary>Each span as "language:text".</summary>
    private static IEnumerable<string> Marked(ArticleBlock block) =>
        block.Languages.Select(l => $"{l.Language}:{block.Text.Substring(l.Span.Start, l.Span.Length)}");

    [Fact]
    public void A_paragraph_with_lang_is_one_span_over_its_whole_text()
    {
        var blocks = Blocks("<p>The stalls opened early on the square.</p><p lang=\"de\">Die  Stände\n öffneten früh.</p>");
        Assert.Empty(blocks[0].Languages);
        Assert.Equal(["de:Die Stände öffneten früh."], Marked(blocks[1]));
    }

    [Fact]
    public void An_inline_span_is_marked_where_its_words_are_after_whitespace_is_collapsed()
    {
        var block = Assert.Single(Blocks("<p>The   baker   called it <i lang=\"fr\">  pain  de   campagne </i>,  and laughed.</p>"));
        Assert.Equal("The baker called it pain de campagne , and laughed.", block.Text);
        Assert.Equal(["fr:pain de campagne"], Marked(block));
    }

    [Fact]
    public void A_lang_on_a_container_reaches_the_blocks_inside_and_an_inner_lang_wins()
    {
        var blocks = Blocks("<div lang=\"es\"><p>Abrimos a las ocho.</p><p>Y cerramos <span lang=\"en\">at noon</span> hoy.</p></div><p>Back in English.</p>");
        Assert.Equal(["es:Abrimos a las ocho."], Marked(blocks[0]));
        Assert.Equal(["es:Y cerramos", "en:at noon", "es:hoy."], Marked(blocks[1]));
        Assert.Empty(blocks[2].Languages);
    }

    [Fact]
    public void The_pages_own_lang_and_empty_or_malformed_tags_mark_nothing()
    {
        var blocks = Blocks("<p>Plain words here.</p><p lang=\"\">No language given.</p><p lang=\"not a tag!\">Noise in the markup.</p>");
        Assert.All(blocks, b => Assert.Empty(b.Languages));
    }
}
