using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class CaptionInBodyTests
{
    private const string Prose = "The ferry timetable changed twice in one week, and the island bakery ran out of bread both times.";

    private static IReadOnlyList<ArticleBlock> Blocks(string body, ExtractionOptions? options = null) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>", null, options).Blocks;

    private const string Gallery =
        "<ul class='gallery'><li><img src='a.jpg' alt='Quay'><div class='caption'>Loaves stacked on the quay at dawn.</div></li></ul>";

    [Fact]
    public void A_caption_inside_a_gallery_item_is_not_read_as_a_list_item()
    {
        var blocks = Blocks($"<p>{Prose}</p>{Gallery}<p>{Prose}</p>");
        Assert.Equal(2, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
    }

    [Fact]
    public void A_caption_span_inside_a_paragraph_is_left_out_of_its_text()
    {
        var blocks = Blocks($"<p>{Prose} <span class='photo-caption'>Loaves on the quay.</span></p>");
        Assert.Equal(Prose, blocks.Single().Text);
    }
}
