using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A Drupal node's story is its body field; the fields set after it are the content type's extras.</summary>
public class DrupalTrailingFieldsTests
{
    private const string Body = "<div class='field field--name-body'>"
        + "<p>The two parishes in the valley will be joined as one from the first Sunday of Advent, the bishop said.</p>"
        + "<p>Both churches will stay open, and Mass will be celebrated in each every Sunday, though some times will change.</p></div>";

    [Fact]
    public void Fields_after_the_body_field_are_not_read()
    {
        var html = "<html><body><article><h1>Two parishes to join</h1>" + Body
            + "<div class='field field--name-field-prayer'><h3>Pray with us</h3><p>Loving Father, bless the people of the new parish. Amen.</p></div>"
            + "<div class='field field--name-field-downloads'><h3>Downloads</h3><a href='/letter.pdf'>Bishop's letter (PDF)</a></div>"
            + "</article></body></html>";
        var texts = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.DoesNotContain(texts, t => t.Contains("Pray", StringComparison.Ordinal) || t.Contains("Downloads", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_before_the_body_field_is_judged_as_before()
    {
        var html = "<html><body><article><h1>Two parishes to join</h1>"
            + "<div class='field field--name-field-summary'><p>A bishop's letter sets out why the valley's two parishes will become one.</p></div>"
            + Body + "</article></body></html>";
        var texts = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("A bishop's letter", StringComparison.Ordinal));
    }
}
