using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A market widget's share-price quote is furniture; a sentence or a table row that gives a price is not.</summary>
public class WidgetLinesTests
{
    [Theory]
    [InlineData("Harwick Foods PLC 318.00 -24.60 (-7.18%)")]
    [InlineData("Brent crude $74.20 ▲1.10 (+1.5%)")]
    [InlineData("FTSE 100 8,123.45 +12.30 +0.15%")]
    [InlineData("Tellwyn Mining 96.4p \u22123.2 (\u22123.3%)")]
    public void A_share_price_quote_is_a_widget_line(string line) => Assert.True(WidgetLines.IsWidgetLine(line));

    [Theory]
    [InlineData("The shares fell 7.2 percent to 318p by the close in London.")]
    [InlineData("Revenue rose to £612 million, up 6% on last year.")]
    [InlineData("HWF, Harwick Foods PLC, 318.00, -24.60, -7.18%")]
    [InlineData("Harwick Foods PLC 318.00")]
    public void A_sentence_or_a_table_row_with_a_price_is_not(string line) => Assert.False(WidgetLines.IsWidgetLine(line));

    [Fact]
    public void A_quote_chip_between_paragraphs_is_not_read()
    {
        const string first = "Harwick Foods said its half-year profit fell by 18 percent as the cost of cocoa and butter rose.";
        const string second = "The board kept the interim dividend at 4.1p a share and reaffirmed its forecast for the year.";
        var blocks = HtmlArticleExtractor.Extract("<html><body><article><h1>Harwick profit falls</h1>"
            + $"<p>{first}</p><div class='chip'><span>Harwick Foods PLC</span> <span>318.00</span> <span>-24.60 (-7.18%)</span></div><p>{second}</p>"
            + "</article></body></html>").Blocks;
        Assert.Equal([first, second], blocks.Select(b => b.Text));
    }
}
