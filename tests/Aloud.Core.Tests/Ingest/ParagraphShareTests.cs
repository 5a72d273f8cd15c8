using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>The story's text outvotes a furniture class name or a page-wide form around it.</summary>
public class ParagraphShareTests
{
    private static string Paragraphs(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        $"<p>Paragraph {i} of the story tells how the river ferry, which has run since the old bridge closed, kept its timetable through the storm.</p>"));

    [Fact]
    public void A_post_whose_taxonomy_class_says_advertising_keeps_its_text()
    {
        var html = $"<html><body><nav><a href='/'>Home</a></nav><div class='post category-advertising-news tag-ferries'>{Paragraphs(4)}</div>"
            + "<div class='related'><p>Another story about a bus, with a teaser line long enough to count.</p></div></body></html>";
        var article = HtmlArticleExtractor.Extract(html);
        Assert.Equal(4, article.Blocks.Count);
        Assert.StartsWith("Paragraph 1 ", article.Blocks[0].Text);
    }

    [Fact]
    public void A_page_wrapped_in_a_form_keeps_its_text()
    {
        var html = $"<html><body><form id='main-form'><div class='story'>{Paragraphs(3)}</div><input name='q'></form></body></html>";
        Assert.Equal(3, HtmlArticleExtractor.Extract(html).Blocks.Count);
    }

    [Fact]
    public void A_small_promo_box_is_still_dropped()
    {
        var html = $"<html><body><article>{Paragraphs(5)}<div class='promo'><p>Subscribe for the ferry timetable and more, every morning in your inbox.</p></div></article></body></html>";
        var article = HtmlArticleExtractor.Extract(html);
        Assert.Equal(5, article.Blocks.Count);
    }
}
