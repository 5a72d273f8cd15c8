using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A press release's end marker, and the notes for journalists after it, are not the story.</summary>
public class EndMarkersTests
{
    [Theory]
    [InlineData("ENDS")]
    [InlineData("END")]
    [InlineData("-ENDS-")]
    [InlineData("– Ends –")]
    [InlineData("[ends]")]
    [InlineData("###")]
    [InlineData("# # #")]
    [InlineData("-30-")]
    [InlineData("- 30 -")]
    [InlineData("— FIN —")]
    [InlineData("KONIEC")]
    [InlineData("-Ende-")]
    [InlineData("КРАЙ")]
    [InlineData("- סוף -")]
    public void A_marker_alone_is_an_end_marker(string line) => Assert.True(EndMarkers.IsEndMarker(line));

    [Theory]
    [InlineData("Ends")]
    [InlineData("Fin")]
    [InlineData("The End")]
    [InlineData("סוף")]
    [InlineData("30")]
    [InlineData("## Notes")]
    [InlineData("The talks ends on Friday.")]
    [InlineData("ENDS AND MEANS")]
    [InlineData("")]
    public void A_word_in_a_sentence_or_subhead_is_not_one(string line) => Assert.False(EndMarkers.IsEndMarker(line));

    private const string One = "The county's food banks handed out more parcels in November than in any month since they opened, the network said today.";
    private const string Two = "Volunteers packed 4,100 parcels in the four weeks, up from 3,300 a year earlier, and the network is asking for tinned fish and rice.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article><h1>Food banks see record month</h1>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<h2>ENDS</h2>")]
    [InlineData("<p>-ends-</p>")]
    [InlineData("<p style='text-align:center'>###</p>")]
    public void Notes_to_editors_after_the_marker_are_not_read(string marker) =>
        Assert.Equal([One, Two], Texts($"<div class='release'><p>{One}</p><p>{Two}</p>{marker}<div class='notes'><h3>Notes</h3>"
            + "<ol><li>The network is a registered charity (no. 123456).</li></ol><p>Press office: 01632 960000</p></div></div>"));

    [Fact]
    public void A_marker_between_line_breaks_ends_the_story_too()
    {
        // Older releases set their paragraphs as text between <br><br>, the marker a line of its own among them.
        var texts = Texts($"<div class='release'>{One}<br><br>{Two}<br><br>- ENDS -<br><br>Notes to editors<br>The network is a registered charity.</div>");
        Assert.Equal([One, Two], texts);
    }

    [Fact]
    public void A_marker_with_more_text_after_it_than_before_does_not_end_the_story()
    {
        var texts = Texts($"<div class='release'><p>Short.</p><p>###</p><p>{One}</p><p>{Two}</p></div>");
        Assert.Equal(["Short.", One, Two], texts);
    }

    [Fact]
    public void A_marker_opening_the_body_ends_nothing() =>
        Assert.Equal([One, Two], Texts($"<div class='release'><p>###</p><p>{One}</p><p>{Two}</p></div>"));
}
