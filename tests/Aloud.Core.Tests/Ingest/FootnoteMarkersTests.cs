using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A superscript that links to a note on the page is a footnote marker; other superscripts are text.</summary>
public class FootnoteMarkersTests
{
    private static string Text(string paragraph) =>
        Assert.Single(HtmlArticleExtractor.Extract($"<html><body><article><p>{paragraph}</p></article></body></html>").Blocks).Text;

    [Theory]
    [InlineData("The trust has paid £4 million in fees since 2021,<sup class='fn-ref'><a href='#fn1'>1</a></sup> the accounts show.")]
    [InlineData("The trust has paid £4 million in fees since 2021,<a href='#note-1' class='ref'><sup>1</sup></a> the accounts show.")]
    [InlineData("The trust has paid £4 million in fees since 2021,<sup><a href='#cite_note-3'>[3]</a></sup> the accounts show.")]
    public void A_marker_linked_to_its_note_is_not_read(string paragraph) =>
        Assert.Equal("The trust has paid £4 million in fees since 2021, the accounts show.", Text(paragraph));

    [Theory]
    [InlineData("The flat measures 54 m<sup>2</sup> and faces the river.", "The flat measures 54 m2 and faces the river.")]
    [InlineData("She finished 1<sup>st</sup> in the <a href='#results'>harbour race</a> on Sunday.", "She finished 1st in the harbour race on Sunday.")]
    public void A_superscript_without_a_link_to_a_note_is_text(string paragraph, string expected) =>
        Assert.Equal(expected, Text(paragraph));
}
