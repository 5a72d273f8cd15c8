using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class PlainTextArticleReaderTests
{
    [Fact]
    public void Scraped_fixture_drops_the_header_line_keeps_its_date_and_drops_promos()
    {
        var article = PlainTextArticleReader.Read(HarborFerryFixture.Text);
        Assert.Null(article.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("en", article.Language);
        Assert.Equal(
            [
                (BlockKind.Paragraph, HarborFerryFixture.ExpectedBlocks[0].Text),
                (BlockKind.Paragraph, HarborFerryFixture.ExpectedBlocks[1].Text),
                (BlockKind.Paragraph, "Opponents said the $1.2 million cost would be better spent on road repairs."),
                (BlockKind.Credit, "Ledger reporter Ana Ruiz contributed to this report."),
            ],
            article.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Theory]
    [InlineData("Published March 1, 2024 5:00pm", 2024, 3, 1)]
    [InlineData("Updated: 2023-12-24T00:00:00Z", 2023, 12, 24)]
    [InlineData("Posted on 7 June 2022 by the desk", 2022, 6, 7)]
    public void Published_lines_are_dropped_and_dated(string firstLine, int year, int month, int day)
    {
        var article = PlainTextArticleReader.Read($"{firstLine}\n\nThe ferry ran on time all week.\n\nNobody complained.");
        Assert.Equal(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The ferry ran on time all week.", article.Blocks[0].Text);
    }

    [Fact]
    public void A_timestamp_in_the_header_line_keeps_its_time_and_offset()
    {
        var article = PlainTextArticleReader.Read("Updated: 2023-12-24T10:30:00-05:00\n\nThe ferry ran on time all week.");
        Assert.Equal(new DateTimeOffset(2023, 12, 24, 10, 30, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal(TimeSpan.FromHours(-5), article.Published!.Value.Offset);
    }

    [Fact]
    public void A_first_sentence_that_starts_with_published_is_body_text()
    {
        var article = PlainTextArticleReader.Read("Published in 1925, the harbor guide is still in print.\n\nIt sells well.");
        Assert.Equal(2, article.Blocks.Count);
        Assert.Null(article.Published);
    }

    [Fact]
    public void A_short_unpunctuated_first_line_followed_by_a_blank_line_is_the_title()
    {
        var article = PlainTextArticleReader.Read("Council backs late-night ferry\n\nBy Priya Okafor\n\nThe council voted on Thursday.\n\nThe ferry starts in June.");
        Assert.Equal("Council backs late-night ferry", article.Title);
        Assert.Equal("Priya Okafor", article.Byline);
        Assert.Equal(["The council voted on Thursday.", "The ferry starts in June."], article.Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("The council voted on Thursday to fund the ferry.\n\nIt starts in June.")]
    [InlineData("Council backs late-night ferry\nThe council voted on Thursday.\nIt starts in June.")]
    [InlineData("this line is lower case and short\n\nThe council voted on Thursday.")]
    [InlineData("Council backs late-night ferry")]
    public void Anything_less_clear_is_not_a_title(string text)
    {
        Assert.Null(PlainTextArticleReader.Read(text).Title);
    }

    [Fact]
    public void Without_blank_lines_each_line_is_a_paragraph()
    {
        var article = PlainTextArticleReader.Read("First line of the story.\r\nSecond line of the story.\r\n\r\n");
        Assert.Equal(["First line of the story.", "Second line of the story."], article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void With_blank_lines_wrapped_lines_join_into_one_paragraph()
    {
        var article = PlainTextArticleReader.Read("The council voted\non Thursday,   after a\nlong debate.\n\nSecond paragraph.");
        Assert.Equal("The council voted on Thursday, after a long debate.", article.Blocks[0].Text);
    }

    [Fact]
    public void Markdown_headings_and_bullets_get_their_kinds()
    {
        var article = PlainTextArticleReader.Read("Intro sentence here.\n\n## What changes\n\n- Night tickets on board\n\n* Bikes free");
        Assert.Equal(
            [(BlockKind.Paragraph, "Intro sentence here."), (BlockKind.Heading, "What changes"),
             (BlockKind.ListItem, "Night tickets on board"), (BlockKind.ListItem, "Bikes free")],
            article.Blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void A_promo_first_line_without_a_date_is_dropped()
    {
        var article = PlainTextArticleReader.Read("NEW You can now listen to Ledger stories!\n\nThe council voted on Thursday.");
        Assert.Null(article.Published);
        Assert.Equal("The council voted on Thursday.", article.Blocks.Single().Text);
    }
}
