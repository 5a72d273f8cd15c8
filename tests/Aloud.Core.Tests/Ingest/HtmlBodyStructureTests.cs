using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class HtmlBodyStructureTests
{
    private const string Prose = "The tide came in faster than forecast, and the harbor crews worked through the night to move boats.";

    private static IReadOnlyList<ArticleBlock> Blocks(string body, ExtractionOptions? options = null) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>", null, options).Blocks;

    [Fact]
    public void Item_prop_article_body_wins_over_the_rest_of_the_article()
    {
        var blocks = Blocks($"<article><h2>Section label</h2><div itemprop='articleBody'><p>{Prose}</p></div><p>Outside the body.</p></article>");
        Assert.Equal([new ArticleBlock(BlockKind.Paragraph, Prose)], blocks);
    }

    [Fact]
    public void A_body_split_by_an_ad_is_read_in_all_its_parts()
    {
        var blocks = Blocks($"<div class='article-body'><p>{Prose}</p></div><div class='ad'>Advertisement</div>"
            + "<div class='article-body'><p>The second part of the story follows the advert.</p></div>");
        Assert.Equal(2, blocks.Count);
        Assert.Equal("The second part of the story follows the advert.", blocks[1].Text);
    }

    [Fact]
    public void Without_hints_the_element_with_the_most_prose_is_chosen()
    {
        var story = string.Join("", Enumerable.Range(1, 4).Select(i => $"<p>Paragraph {i}: {Prose}</p>"));
        var blocks = Blocks("<div id='top'><a href='/a'>One</a> <a href='/b'>Two</a></div>"
            + $"<div id='x1'><div id='x2'>{story}</div></div><div id='bottom'><p>Short note.</p></div>");
        Assert.Equal(4, blocks.Count);
        Assert.StartsWith("Paragraph 1:", blocks[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Loose_text_separated_by_double_line_breaks_becomes_paragraphs()
    {
        var blocks = Blocks($"<div class='entry-content'>{Prose}<br><br>Second <b>loose</b> paragraph,<br>with a line break.<br><br>Third.</div>");
        Assert.Equal([Prose, "Second loose paragraph, with a line break.", "Third."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Headings_quotes_and_list_items_get_their_kinds()
    {
        var blocks = Blocks($"<article><h1>Headline</h1><p>{Prose}</p><h3>Sub heading</h3><blockquote>A quoted line.</blockquote>"
            + "<ol><li>First item<ul><li>Nested item</li></ul></li></ol></article>");
        Assert.Equal(
            [(BlockKind.Paragraph, Prose), (BlockKind.Heading, "Sub heading"), (BlockKind.Quote, "A quoted line."),
             (BlockKind.ListItem, "First item"), (BlockKind.ListItem, "Nested item")],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Whitespace_is_collapsed_but_space_before_punctuation_is_kept()
    {
        var blocks = Blocks("<article><p>  On  \" <a href='/gma'>Morning\nShow</a> ,\" she\u00a0said , <em>softly</em> .\u00ad</p></article>");
        Assert.Equal("On \" Morning Show ,\" she said , softly .", blocks.Single().Text);
    }

    [Fact]
    public void Link_only_teasers_and_link_lists_are_dropped_but_links_in_prose_kept()
    {
        var blocks = Blocks($"<article><p>{Prose} <a href='/x'>More here</a>.</p><p><a href='/y'>Island school wins award</a></p>"
            + "<ul><li><a href='/z'>Another story</a></li></ul></article>");
        Assert.Single(blocks);
    }

    [Theory]
    [InlineData("You can now listen to Ledger articles!")]
    [InlineData("Click here to get the Ledger app")]
    [InlineData("Sign up for the Ledger morning newsletter")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Download the Ledger app for iPhone")]
    [InlineData("Like what you’re reading? Tell a friend")]
    [InlineData("Follow us on Mastodon")]
    [InlineData("Read more: Island ferry history")]
    [InlineData("RELATED: Bridge repairs delayed")]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    public void Promo_paragraphs_are_dropped(string promo)
    {
        var blocks = Blocks($"<article><p>{Prose}</p><p>{promo}</p></article>");
        Assert.Single(blocks);
    }

    [Fact]
    public void A_link_box_inside_the_body_is_dropped_with_its_heading()
    {
        var blocks = Blocks($"<article><p>{Prose}</p><h3>More from the Ledger</h3><ul><li><a href='/a'>Storm closes coastal road</a></li>"
            + "<li><a href='/b'>Island school wins award</a></li></ul><h3>You might also like</h3><p>Closing line of the story.</p></article>");
        Assert.Equal([Prose, "Closing line of the story."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_long_paragraph_mentioning_a_promo_phrase_is_kept()
    {
        var text = "Officials said residents could click here on the council site, but the link was broken for days, "
            + "which angered commuters who needed the new timetable before the service started running on the first weekend of June.";
        Assert.Equal(text, Blocks($"<article><p>{Prose}</p><p>{text}</p></article>")[1].Text);
    }

    [Fact]
    public void Publisher_rules_extend_the_built_in_ones()
    {
        var body = $"<article><p>{Prose}</p><p class='dek-note'>Ferry fans unite today</p><div class='ad'><p>Sponsor words.</p></div>"
            + "<div class='pull-out'><p>Pulled out.</p></div></article>";
        var options = new ExtractionOptions
        {
            ExtraPromoPhrases = ["fans unite"],
            DropSelectors = ["div.pull-out"],
            KeepSelectors = [".ad"],
        };
        Assert.Equal([Prose, "Sponsor words."], Blocks(body, options).Select(b => b.Text));
    }

    [Fact]
    public void Body_selector_names_the_container()
    {
        var blocks = Blocks($"<article><p>{Prose}</p></article><div class='odd-body'><p>Chosen text.</p></div>",
            new ExtractionOptions { BodySelector = ".odd-body" });
        Assert.Equal("Chosen text.", blocks.Single().Text);
    }

    [Fact]
    public void An_invalid_selector_is_a_clear_configuration_error()
    {
        var e = Assert.Throws<ArgumentException>(() => Blocks("<p>x</p>", new ExtractionOptions { DropSelectors = ["div[["] }));
        Assert.Contains("DropSelectors", e.Message, StringComparison.Ordinal);
    }
}
