using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class LeadParagraphTests
{
    private const string Lead = "A council plan to close two branch libraries has been paused after thousands signed a petition.";
    private const string Body = "<p>The proposal would have shut the libraries in Eastmoor and Kilnfield from April next year.</p>"
        + "<p>Councillor Ruth Ambrose said the decision would now wait until a consultation had finished.</p>";

    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks;

    [Theory]
    [InlineData("p", "standfirst")]
    [InlineData("div", "dek")]
    [InlineData("p", "article__intro")]
    [InlineData("span", "lede")]
    public void A_lead_with_its_own_class_before_the_body_is_read_first(string tag, string cls)
    {
        var blocks = Blocks($"<article><h1>Library closures paused</h1><{tag} class='{cls}'>{Lead}</{tag}><div class='article-body'>{Body}</div></article>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Theory]
    [InlineData("<h2 class='dek'>The service will run until 1 a.m. on weekends from June.</h2>")]
    [InlineData("<p class='dek'>The service will run until 1 a.m. on weekends from June</p>")]
    public void A_heading_or_a_subtitle_without_a_final_stop_is_a_deck_not_a_lead(string deck)
    {
        var blocks = Blocks($"<article><h1>Late ferry approved</h1>{deck}<div class='article-body'>{Body}</div></article>");
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void A_lead_in_the_header_before_an_article_named_as_the_body_is_read_first()
    {
        // French dailies: the header holds "article__desc"; the <article> element holds only the story's text.
        var blocks = Blocks($"<main><section class='article'><header><h1>Library closures paused</h1><p class='article__desc'>{Lead}</p></header>"
            + $"<article class='article__content'>{Body}</article></section></main>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Fact]
    public void A_lead_outside_the_story_is_not_taken()
    {
        var blocks = Blocks($"<div class='promo'><p class='intro'>{Lead}</p></div><main><div class='x'><article><div class='article-body'>{Body}</div></article></div></main>");
        Assert.DoesNotContain(blocks, b => b.Text == Lead);
    }

    [Fact]
    public void A_lead_repeated_as_the_first_paragraph_is_read_once()
    {
        var blocks = Blocks($"<article><p class='standfirst'>{Lead}</p><div class='article-body'><p>{Lead}</p>{Body}</div></article>");
        Assert.Single(blocks, b => b.Text == Lead);
    }
}
