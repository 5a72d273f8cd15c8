using System.Text.Json;
using Aloud.Server.Demo;

namespace Aloud.Server.Tests.Demo;

public class DemoPageTests
{
    [Theory]
    [InlineData("the tourism office , before rising costs", "the tourism office, before rising costs")]
    [InlineData("It ended ( in 2013 ) .", "It ended ( in 2013).")]
    [InlineData("Was it worth it ?  Yes !", "Was it worth it?  Yes!")]
    // A point before a digit opens a number; a mark that starts the block has nothing before it to join.
    [InlineData("rates rose .5 percent", "rates rose .5 percent")]
    [InlineData(", then", ", then")]
    public void A_block_has_no_space_before_a_closing_mark(string block, string shown) => Assert.Equal(shown, DemoPage.Tidy(block));

    [Fact]
    public void The_page_shows_the_paragraph_without_the_stray_space_and_keeps_every_word()
    {
        const string Text = "Harbor festival returns\nIt drew 40,000 visitors, according to the tourism office , before costs ended it.";
        var paragraph = Text.IndexOf("It drew", StringComparison.Ordinal);
        using var timings = JsonDocument.Parse(JsonSerializer.Serialize(new
        {
            text = Text,
            blocks = new object[]
            {
                new { kind = "headline", charStart = 0, charLength = paragraph - 1 },
                new { kind = "paragraph", charStart = paragraph, charLength = Text.Length - paragraph },
            },
        }));

        var page = DemoPage.Render("abc123", timings.RootElement);

        Assert.Contains("<p>It drew 40,000 visitors, according to the tourism office, before costs ended it.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain(" ,", page, StringComparison.Ordinal);
    }
}
