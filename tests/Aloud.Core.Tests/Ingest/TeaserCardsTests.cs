using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class TeaserCardsTests
{
    private static readonly string[] Story =
    [
        "The town council approved a new bus shelter for the corner of Elm and Fifth on Tuesday night.",
        "Work is expected to start in May and take about two weeks.",
    ];

    [Fact]
    public void Teaser_cards_that_outweigh_a_short_story_are_not_chosen_as_the_article()
    {
        var cards = string.Concat(Enumerable.Range(1, 6).Select(i => $"<div class='item'><h3><a href='/s{i}'>Other story {i}</a></h3>"
            + $"<p>A long blurb about another story on the site, with commas, clauses, and enough words to look like prose, number {i}.</p></div>"));
        var html = $"<html><body><div class='wrap'><div class='main'><h1>Bus shelter approved</h1>{string.Concat(Story.Select(p => $"<p>{p}</p>"))}</div>"
            + $"<div class='blocks'><h2>Elsewhere</h2>{cards}</div></div></body></html>";
        Assert.Equal(Story, HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_story_with_plain_subheadings_keeps_its_sections()
    {
        var html = "<html><body><div><h1>Council budget</h1><div><h2>What changes</h2><p>" + Story[0] + "</p></div><div><h2>What next</h2><p>" + Story[1] + "</p></div></div></body></html>";
        var blocks = HtmlArticleExtractor.Extract(html).Blocks;
        Assert.Contains(blocks, b => b.Text == Story[0]);
        Assert.Contains(blocks, b => b.Text == Story[1]);
    }
}
