using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A label set right above the headline, found by shape in any language (tenth blind set's class).</summary>
public class KickersTests
{
    private const string Prose = "The harbour board voted on Tuesday to rebuild the east pier, which has been closed to walkers since the storm in March.";
    private const string More = "Work is due to start in the spring and will take about eighteen months, the board's chair said after the meeting.";

    private static IReadOnlyList<string> Texts(string header) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{header}<h1>East pier to be rebuilt</h1><div class='body'><p>{Prose}</p><p>{More}</p></div></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<p class='story__rubric'>Features &middot; Spring 2026</p>")]
    [InlineData("<div class='field field--name-kind'><span class='kind-label'>Press Statement</span></div>")]
    [InlineData("<p class='article__surtitre'>Port-aux-Roches</p>")]
    [InlineData("<p class='x'>Wirtschaft | Hafen</p>")]
    // The fourteenth set's: an inline element loose in the article, not a block of its own.
    [InlineData(" <span class='artigo__antetitulo'>Ação social</span> ")]
    public void A_short_label_right_above_the_headline_is_not_read(string label) =>
        Assert.Equal([Prose, More], Texts(label));

    [Theory]
    // A sentence is not a label, nor is a line of more than a few words.
    [InlineData("<p class='note'>Updated with the board's vote.</p>", "Updated with the board's vote.")]
    [InlineData("<p class='x'>A special report from the coast on the piers the storms left behind</p>", "A special report from the coast on the piers the storms left behind")]
    public void A_sentence_or_a_long_line_above_the_headline_stays(string line, string expected) =>
        Assert.Equal([expected, Prose, More], Texts(line));

    [Fact]
    public void A_label_that_is_not_right_above_the_headline_stays()
    {
        var texts = HtmlArticleExtractor.Extract($"<html><body><article><h1>East pier to be rebuilt</h1><div class='body'><p>{Prose}</p><h2>Next spring</h2><p>{More}</p></div></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Prose, "Next spring", More], texts);
    }
}
