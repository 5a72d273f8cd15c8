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

    [Theory]
    [InlineData("<div><h3><a href='/x'>Other story</a></h3><p id='t'>A blurb.</p></div>", true)]
    [InlineData("<div><h2>What changes</h2><p id='t'>A paragraph under a plain subheading.</p></div>", false)]
    [InlineData("<div><h3><a href='/x'>Other</a> story</h3><p id='t'>Part of the heading is plain text.</p></div>", false)]
    [InlineData("<div><h3><a href='/x'>Other story</a></h3><p id='t'>One.</p><p>Two.</p><p>Three.</p><p>Four.</p></div>", false)]
    public void A_blurb_sits_in_a_small_box_beside_an_all_link_headline(string html, bool blurb)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument($"<html><body>{html}</body></html>");
        Assert.Equal(blurb, TeaserCards.IsBlurb(document.GetElementById("t")!));
    }
}
