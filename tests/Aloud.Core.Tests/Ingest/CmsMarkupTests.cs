using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Classes found on the second blind page set (eval/extraction/blind-2) and on the Readability pages.</summary>
public class CmsMarkupTests
{
    private const string Prose = "The harbor board met on Tuesday night and agreed to dredge the channel before the spring sailing season begins.";
    private const string More = "Boat owners had asked for the work for three years, and the board said the money was finally in its budget.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks.Select(b => b.Text).ToList();

    [Fact]
    public void A_link_with_a_furniture_class_inside_a_sentence_keeps_its_words()
    {
        var texts = Texts($"<article><p>The board will reverse its position on <a class='meta-loc' href='/t'>Gull Island</a> and open the beach, officials said.</p><p>{Prose}</p></article>");
        Assert.Equal("The board will reverse its position on Gull Island and open the beach, officials said.", texts[0]);
    }

    [Fact]
    public void A_dateline_span_opening_the_first_paragraph_is_kept()
    {
        var texts = Texts($"<article><p><span class='dateline'>CAIRO \u2014</span> {Prose}</p><p>{More}</p></article>");
        Assert.Equal($"CAIRO \u2014 {Prose}", texts[0]);
    }

    [Fact]
    public void A_footnote_marker_and_the_footnote_are_left_out()
    {
        var texts = Texts($"<article><div class='body markup'><p>{Prose}<a class='footnote-anchor' href='#f1'>1</a></p><p>{More}</p>"
            + "<div class='footnote'><a href='#a1' class='footnote-number'>1</a><div class='footnote-content'><p>Table 4.2 of the report.</p></div></div></div></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_subtitle_heading_without_a_stop_is_a_deck_not_body()
    {
        var texts = Texts($"<article><div class='post-header'><h1>Dredging at last</h1><h3 class='subtitle'>Why the channel work matters now</h3></div><div class='body'><p>{Prose}</p><h3>The cost</h3><p>{More}</p></div></article>");
        Assert.Equal([Prose, "The cost", More], texts);
    }

    [Fact]
    public void Each_live_blog_update_keeps_its_headline_but_not_its_time()
    {
        var post = (string title, string text) => $"<div class='live-post'><header><time>21:40</time><h2>{title}</h2></header><p>{text}</p><p>{text}</p></div>";
        var texts = Texts($"<main><h1>Count night, live</h1><div class='liveblog-body'>{post("Postal votes counted", Prose)}{post("Polls have closed", More)}</div></main>");
        Assert.Equal(["Postal votes counted", Prose, Prose, "Polls have closed", More, More], texts);
    }

    [Fact]
    public void Related_posts_and_advertisement_labels_are_left_out()
    {
        var texts = Texts($"<article><div class='td-post-content'><p>{Prose}</p><div class='td-a-rec'><span>- Advertisement -</span></div><p>{More}</p>"
            + "<div id='jp-relatedposts' class='jp-relatedposts'><h3>Related</h3><p class='jp-relatedposts-post-excerpt'>The spring musical sold more seats than any show in the school's history, the teacher said.</p></div></div></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void Chart_labels_are_not_read()
    {
        var texts = Texts($"<article><div class='story-body'><p>{Prose}</p><section class='interactive-embedded custom-graphic-container'><p>Annual dredging costs are expected to double, the board said.</p>"
            + $"<div class='ai2html'><p>$915</p><p>billion</p><p>600</p><p>\u201922</p><p>MONTHLY</p></div></section><p>{More}</p></div></article>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_body_class_inside_a_related_story_link_is_a_teaser_not_the_story()
    {
        var texts = Texts($"<main><div class='story-body'><p>{Prose}</p><p>{More}</p></div><ul><li><a href='/old'><div class='story-body'><h2>"
            + "Harbor Board Delays Dredging Vote Again After Long Debate <time>NOV. 7, 2010</time></h2></div></a></li></ul></main>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_list_item_marked_no_caption_is_story_not_a_caption()
    {
        var texts = Texts("<article><div class='list-item list-item_image no_caption'><h2>The harbor board has agreed to dredge the channel before spring, after three years of requests from boat owners.</h2><img src='a.jpg'></div>"
            + $"<div class='list-item list-item_text'><p>{Prose}</p><p>{More}</p></div></article>");
        Assert.Equal("The harbor board has agreed to dredge the channel before spring, after three years of requests from boat owners.", texts[0]);
    }

    [Theory]
    [InlineData("Читайте также: Мэрия объявила конкурс на строительство развязки")]
    [InlineData("Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.")]
    [InlineData("Czytaj także: Nowy most na Wiśle otwarty")]
    [InlineData("Läs också: Färjan till ön ställs in")]
    [InlineData("Más información")]
    [InlineData("Archivado En")]
    [InlineData("Suscríbete aquí a nuestra newsletter diaria sobre Andalucía.")]
    [InlineData("Enjoying the Dispatch? Subscribe to get every new story by email.")]
    [InlineData("Read Next")]
    [InlineData("- Advertisement -")]
    // A template's placeholder filler left in a hidden paywall box.
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.")]
    public void More_languages_and_widgets_are_promos(string line) => Assert.True(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("Читатели также спрашивали мэрию о сроках ремонта моста через реку.")]
    [InlineData("More information about the dredging will be published by the board next week.")]
    public void Prose_with_the_same_words_is_kept(string line) => Assert.False(PromoPhrases.IsPromo(line));
}
