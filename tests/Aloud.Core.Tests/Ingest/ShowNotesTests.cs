using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Sets 4 and 15's class: a podcast page whose transcript wins the body keeps the episode's description first.</summary>
public class ShowNotesTests
{
    private const string Description = "A new gate has closed the old path along the river, and anglers want it open again.";
    private const string Second = "We also ask what a review of access rights could change for walkers.";

    private static readonly string Transcript = string.Concat(Enumerable.Range(1, 6).Select(i =>
        $"<p><span class='speaker'>HOST:</span> This is turn {i} of the conversation about the river path, and it goes on for a while so that it is the longest text.</p>"));

    private static IReadOnlyList<string> Texts(string notesClass, string transcriptClass, string transcriptHeading) =>
        HtmlArticleExtractor.Extract("<html><body><main><h1>Who owns the river bank?</h1>"
            + $"<section class='{notesClass}'><h2>Show notes</h2><p>{Description}</p><p>{Second}</p><h3>Chapters</h3><ul><li>00:00 Introduction</li><li>02:22 The gate</li></ul></section>"
            + "<div class='support-box'><p>The show is listener funded. Become a supporter for three pounds a month.</p></div>"
            + $"<section class='{transcriptClass}'><h2>{transcriptHeading}</h2>{Transcript}</section></main></body></html>")
            .Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("episode__transcript", "Transcript")]
    [InlineData("episode-text", "Transkript")]
    public void The_show_notes_opening_paragraphs_come_before_the_transcript(string transcriptClass, string heading)
    {
        var texts = Texts("episode__notes", transcriptClass, heading);
        Assert.Equal(Description, texts[0]);
        Assert.Equal(Second, texts[1]);
        Assert.DoesNotContain("00:00 Introduction", texts);
        Assert.DoesNotContain("Show notes", texts);
    }

    [Fact]
    public void A_body_that_is_no_transcript_takes_nothing_from_before_it()
    {
        var texts = Texts("episode__notes", "episode-text", "The conversation");
        Assert.DoesNotContain(Description, texts);
    }
}
