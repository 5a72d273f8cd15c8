using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>An earnings release's financial statement is data; a table of rents or standings is still read.</summary>
public class FinancialTablesTests
{
    private const string Story = "<p>Kestrel Mills reported third-quarter net sales of $88 million, up 6 percent from a year earlier.</p>"
        + "<p>The company said demand from farm equipment makers had recovered faster than it expected in the spring.</p>";

    private static List<string> Read(string table) =>
        HtmlArticleExtractor.Extract($"<html><body><article><h1>Kestrel Mills reports results</h1>{Story}{table}</article></body></html>")
            .Blocks.Select(b => b.Text).ToList();

    private static string Table(string note) =>
        $"<table><tr><td>{note}</td><td>2026</td><td>2025</td></tr>"
        + "<tr><td>Net sales</td><td>$ 88,412</td><td>$ 83,190</td></tr>"
        + "<tr><td>Gross profit</td><td>21,310</td><td>19,804</td></tr>"
        + "<tr><td>Net income</td><td>$ 6,115</td><td>$ 5,020</td></tr></table>";

    [Theory]
    [InlineData("(in thousands, except per share data)")]
    [InlineData("(Unaudited)")]
    [InlineData("(en milliers de dollars)")]
    public void A_statement_with_its_unit_note_is_not_read(string note)
    {
        var texts = Read(Table(note));
        Assert.Equal(2, texts.Count);
        Assert.DoesNotContain(texts, t => t.Contains("88,412", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_of_figures_without_a_unit_note_is_read()
    {
        var texts = Read(Table("Area"));
        Assert.Contains(texts, t => t.Contains("88,412", StringComparison.Ordinal));
    }
}
