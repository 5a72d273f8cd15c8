using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Finding the story's container when its body class is set on every paragraph or under a site prefix.</summary>
public class MainContentFinderTests
{
    private const string First = "The valley's beekeepers moved their hives to the lower meadows before the first hard frost of the winter.";
    private const string Second = "Most colonies came through the move well, the association's secretary said, though two were lost to damp.";
    private const string Last = "The hives go back up the hill in March, once the willow is in flower and the bees can forage again.";

    private static IReadOnlyList<string> Texts(string html) =>
        HtmlArticleExtractor.Extract($"<html><body>{html}</body></html>").Blocks.Select(b => b.Text).ToList();

    [Fact]
    public void A_list_between_paragraphs_each_marked_as_body_text_is_read()
    {
        var texts = Texts("<article><h1>Hives move for winter</h1><div class='story'>"
            + $"<p class='body-text'>{First}</p><p class='body-text'>{Second}</p>"
            + "<div class='box'><h3>What you need</h3><ul><li>A smoker and dry fuel</li><li>Straps for each hive</li></ul>"
            + "<h3>Steps</h3><ol><li>Close the entrance at dusk, when the foragers are home.</li><li>Lift the hive level and keep it upright.</li></ol></div>"
            + $"<p class='body-text'>{Last}</p></div></article>");
        Assert.Equal([First, Second, "What you need", "A smoker and dry fuel", "Straps for each hive", "Steps",
            "Close the entrance at dusk, when the foragers are home.", "Lift the hive level and keep it upright.", Last], texts);
    }

    [Fact]
    public void A_lone_paragraph_marked_as_body_text_is_not_swapped_for_its_parent()
    {
        var texts = Texts($"<article><h1>Hives move for winter</h1><div class='story'><p class='body-text'>{First} {Second} {Last}</p>"
            + "<ul><li><a href='/a'>Other news about bees</a></li></ul><p>Filed under: Farming</p></div></article>");
        Assert.Equal([$"{First} {Second} {Last}"], texts);
    }

    [Theory]
    [InlineData("xy-article__body")]
    [InlineData("c-story-body")]
    [InlineData("site_entry-content")]
    public void A_body_class_under_a_site_prefix_is_the_body_and_boxes_after_it_are_not_read(string bodyClass)
    {
        var texts = Texts($"<article class='xy-article'><h1>Hives move for winter</h1><div class='{bodyClass}'><p>{First}</p><p>{Second}</p><p>{Last}</p></div>"
            + "<section class='squad'><h2>Teams</h2><ol><li>1 Marsh</li><li>2 Oduya</li><li>3 Feeney</li></ol><dl><dt>Judge</dt><dd>Ann Reeve</dd></dl></section></article>");
        Assert.Equal([First, Second, Last], texts);
    }

    [Fact]
    public void A_hint_inside_a_longer_word_is_no_body_class()
    {
        // "notarticle-body" has no separator before the hint: not the body, so the article is read whole.
        var texts = Texts($"<article><h1>Hives move for winter</h1><div class='notarticle-body'><p>{First}</p><p>{Second}</p></div><p>{Last}</p></article>");
        Assert.Equal([First, Second, Last], texts);
    }
}
