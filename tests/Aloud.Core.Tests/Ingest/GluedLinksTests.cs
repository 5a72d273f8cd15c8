using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class GluedLinksTests
{
    private static string Text(string paragraph) =>
        HtmlArticleExtractor.Extract($"<html><body><article><p>{paragraph}</p></article></body></html>").Blocks.Single().Text;

    [Fact]
    public void A_hover_card_of_headlines_is_left_out_but_the_name_it_hangs_from_stays()
    {
        var card = "<span class='card'><a href='/p/ann'>Ann Marsh</a><span class='box'><span><img src='a.jpg' alt=''>"
            + "<a href='/p/ann'>Ann Marsh</a><a href='/s/1'>Harbor board delays the vote on the new breakwater again</a> "
            + "<a href='/s/2'>Ferry fares rise for the second time this year</a></span></span></span>";
        var text = Text($"The council heard from <span>{card}</span> on Tuesday, before the vote.");
        Assert.Equal("The council heard from Ann Marsh on Tuesday, before the vote.", text);
    }

    [Fact]
    public void Links_that_are_part_of_the_sentence_are_kept()
    {
        var text = Text("Read the <span><a href='/r'>council report</a> and the <a href='/m'>minutes of the long March meeting</a></span> for more.");
        Assert.Equal("Read the council report and the minutes of the long March meeting for more.", text);
    }
}
