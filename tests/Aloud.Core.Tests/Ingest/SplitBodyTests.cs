using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class SplitBodyTests
{
    private const string Prose = "The orchard keepers counted the late frost damage, row by row, and found the pears had fared worst.";

    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks;

    private static string Part(string marker, int paragraphs) =>
        "<div class='part wide'><div class='column'>"
        + string.Concat(Enumerable.Range(1, paragraphs).Select(i => $"<p>{marker} {i}: {Prose}</p>"))
        + "</div></div>";

    private const string Photo = "<figure><img src='x.jpg' alt='Pears'><figcaption>Pears on the branch.</figcaption></figure>";

    [Fact]
    public void Sibling_parts_split_around_a_photo_are_read_in_order()
    {
        var blocks = Blocks($"<main>{Part("First", 2)}{Photo}{Part("Second", 4)}{Photo}{Part("Third", 2)}</main>");
        Assert.Equal(8, blocks.Count);
        Assert.StartsWith("First 1:", blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Third 2:", blocks[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sibling_of_another_class_or_made_of_links_stays_out()
    {
        var links = "<div class='part wide'><p>" + string.Concat(Enumerable.Range(1, 6).Select(i => $"<a href='/s{i}'>{Prose}</a> ")) + "</p></div>";
        var blocks = Blocks($"<main>{Part("Story", 4)}<div class='related'><p>{Prose}</p></div>{links}</main>");
        Assert.Equal(4, blocks.Count);
        Assert.All(blocks, b => Assert.StartsWith("Story", b.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_set_apart_by_a_horizontal_rule_stays_out()
    {
        var appendix = $"<div class='part wide'><div><hr><p>About the orchard: {Prose}</p></div></div>";
        var blocks = Blocks($"<main>{Part("Story", 4)}{appendix}</main>");
        Assert.Equal(4, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Text.StartsWith("About", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_paragraphs_beside_the_container_join_it_but_short_labels_do_not()
    {
        var rest = string.Concat(Enumerable.Range(1, 5).Select(i => $"<p>Rest {i}: {Prose}</p>"));
        var blocks = Blocks($"<div class='story'><p>Opening: {Prose}</p><p>Short label</p><div class='more-text'>{rest}</div></div>");
        Assert.Equal(6, blocks.Count);
        Assert.StartsWith("Opening:", blocks[0].Text, StringComparison.Ordinal);
    }

    // One block of an email archive's layout: a table per block, the text in a cell three tables down.
    private static string MailBlock(string inner) =>
        "<table class='textBlock'><tbody><tr><td class='blockInner'><table class='textContainer'><tbody><tr>"
        + $"<td class='textContent'>{inner}</td></tr></tbody></table></td></tr></tbody></table>";

    [Fact]
    public void An_email_archive_cut_into_layout_tables_is_read_whole()
    {
        var body = MailBlock($"<p>Opening: {Prose}</p><p>Second: {Prose}</p>")
            + "<table class='captionBlock'><tbody><tr><td><p>A photo caption under the first block.</p></td></tr></tbody></table>"
            + MailBlock($"<h2>Hedge planting</h2><p>Hedges: {Prose}</p><p>Saplings: {Prose}</p>")
            + MailBlock($"<h2>Bus shelter</h2><p>Shelter: {Prose}</p><p>Timetable: {Prose}</p>")
            + MailBlock($"<ul><li><p>Market day: Saturday at nine.</p></li><li><p>Film night: Friday at seven.</p></li></ul>")
            + MailBlock("<p>Warm wishes,<br><em>Ida Brook, secretary</em></p>");
        var texts = Blocks($"<table><tbody><tr><td id='templateBody'>{body}</td></tr></tbody></table>").Select(b => b.Text).ToList();
        Assert.Equal("Opening: " + Prose, texts[0]);
        Assert.Contains("Hedge planting", texts);
        Assert.Contains("Film night: Friday at seven.", texts);
        Assert.StartsWith("Warm wishes,", texts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.Contains("caption", StringComparison.Ordinal));
    }

    [Fact]
    public void A_short_part_joins_a_body_cut_by_block_but_not_one_cut_around_a_photo()
    {
        const string Short = "<div class='part wide'><p>A short closing line, signed.</p></div>";
        var byBlock = Blocks($"<main>{Part("First", 2)}{Part("Second", 2)}{Part("Third", 2)}{Short}</main>");
        Assert.Equal("A short closing line, signed.", byBlock[^1].Text);
        var aroundPhoto = Blocks($"<main>{Part("First", 3)}{Photo}{Part("Second", 3)}{Short}</main>");
        Assert.DoesNotContain(aroundPhoto, b => b.Text.StartsWith("A short", StringComparison.Ordinal));
    }

    // A live results page built of components: the summary, a result table, the analysis, and a link list.
    private static string ResultsPage(string analysis) =>
        $"<main><section class='summary'><div class='summary-text'><p>Summary 1: {Prose}</p><p>Summary 2: {Prose}</p></div></section>"
        + "<section class='race'><h2>Mayor</h2><table><tr><td>Ada Rusk</td><td>31,208</td></tr><tr><td>Oren Lask</td><td>27,814</td></tr></table></section>"
        + $"{analysis}<section class='more-races'><h3>More races</h3><ul><li><a href='/r1'>District 14</a></li><li><a href='/r2'>District 6</a></li></ul></section></main>";

    [Fact]
    public void A_text_module_after_a_widget_is_the_story_but_the_widget_is_not()
    {
        var blocks = Blocks(ResultsPage($"<section class='analysis'><h2>What the numbers say</h2><p>Analysis 1: {Prose}</p><p>Analysis 2: {Prose}</p></section>"));
        Assert.Equal(5, blocks.Count);
        Assert.Equal("What the numbers say", blocks[2].Text);
        Assert.StartsWith("Analysis 2:", blocks[^1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(blocks, b => b.Text.Contains("31,208", StringComparison.Ordinal));
    }

    [Fact]
    public void A_module_with_one_paragraph_or_a_table_in_it_stays_out()
    {
        var blurb = Blocks(ResultsPage($"<section class='promo-box'><h2>Get the results</h2><p>Blurb: {Prose}</p></section>"));
        Assert.Equal(2, blurb.Count);
        var table = Blocks(ResultsPage($"<section class='turnout'><p>Turnout 1: {Prose}</p><p>Turnout 2: {Prose}</p><table><tr><td>64%</td></tr></table></section>"));
        Assert.Equal(2, table.Count);
    }
}
