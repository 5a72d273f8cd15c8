using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>An e-edition's jump lines point to paper pages; the story around them is read whole.</summary>
public class JumpLinesTests
{
    [Theory]
    [InlineData("See LIBRARY, Page A7")]
    [InlineData("Please see BUDGET on A3")]
    [InlineData("Continued on Page 4")]
    [InlineData("From Page A1")]
    [InlineData("BRIDGE, from A1")]
    [InlineData("Suite en page 7")]
    [InlineData("Fortsetzung auf Seite 3")]
    [InlineData("Viene de la página 1")]
    public void A_jump_line_is_recognised(string line) => Assert.True(JumpLines.IsJumpLine(line));

    [Theory]
    [InlineData("Tickets cost from 15")]
    [InlineData("See you on Tuesday.")]
    [InlineData("The mayor said the plan, first reported on Page A1 last week, would go to a vote.")]
    public void A_sentence_that_mentions_a_page_is_not(string line) => Assert.False(JumpLines.IsJumpLine(line));

    [Fact]
    public void The_jump_lines_and_the_slug_between_them_are_not_read()
    {
        var html = "<html><body><article><h1>Old pharmacy to become a library</h1>"
            + "<p>The council voted on Tuesday to turn the empty pharmacy on Main Street into a library branch.</p>"
            + "<p>See LIBRARY, Page A7</p><p>LIBRARY</p><p>From Page A1</p>"
            + "<p>The library director said an engineer had found the structure sound and the roof repairable.</p>"
            + "</article></body></html>";
        var texts = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("The library director", texts[1], StringComparison.Ordinal);
    }
}
