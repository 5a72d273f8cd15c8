using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Set 15's header lines left at the top of a body: a byline run into its date, and a section label over the headline.</summary>
public class BylineDateLinesTests
{
    private const string Prose = "Warga Desa Sukamekar membangun jembatan bambu untuk menggantikan jembatan yang hanyut diterjang banjir.";

    [Theory]
    [InlineData("Trần Thị Mỹ Duyên - Thứ Ba, 17/11/2026 07:00 (GMT+7)")]
    [InlineData("Reporter: Dedi Kurniawan | Editor: Rina Wulandari Selasa, 24 November 2026 | 14:20 WIB")]
    [InlineData("Jan de Vries 03.12.2026")]
    [InlineData("Oleh NORAZIAH BINTI KAMAL 7 Disember 2026 @ 10:25am")]
    [InlineData("Oleh Rudi Santoso 12 Desember 2026 | 08:15 WIB")]
    [InlineData("12. 3. 2026 15:40")]
    [InlineData("Kovács Anna 2026. 03. 12. 15:40")]
    public void A_byline_run_into_its_date_is_one(string line) => Assert.True(BylineDateLines.IsBylineDate(line));

    [Theory]
    [InlineData("Pembangunan dimulai 21/11/2026 dan selesai pada Senin sore")]
    [InlineData("Dedi Kurniawan - Selasa")]
    [InlineData("Hujan turun 24/11/2026.")]
    [InlineData("Stavba začne 12. 3. 2026 a potrvá do podzimu")]
    public void A_sentence_or_a_line_without_a_date_is_not(string line) => Assert.False(BylineDateLines.IsBylineDate(line));

    [Fact]
    public void The_byline_and_date_line_at_the_top_of_the_body_is_not_read()
    {
        var texts = HtmlArticleExtractor.Extract($"<html><body><article><h1>Jembatan bambu</h1><div>Reporter: Dedi Kurniawan | Editor: Rina Wulandari<br>Selasa, 24 November 2026 | 14:20 WIB</div><p>{Prose}</p></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Prose], texts);
    }

    [Fact]
    public void A_section_label_over_the_repeated_headline_and_date_is_not_read()
    {
        const string Page = "<html><head><title>Letters: The new bridge - The Tarnside Gazette</title></head><body><div id=main>"
            + "<div class=section>OPINION</div><div class=title>Letters: The new bridge</div><div class=when>Posted Thursday, December 3, 2026 9:00 am</div>"
            + "<div class=text>{0}<br><br>{0}</div></div></body></html>";
        var texts = HtmlArticleExtractor.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, Prose)).Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Prose, Prose], texts);
    }

    [Fact]
    public void A_short_first_paragraph_without_metadata_under_it_stays()
    {
        var texts = HtmlArticleExtractor.Extract($"<html><body><article><h1>Jembatan bambu</h1><p>Sudah selesai</p><p>{Prose}</p></article></body></html>")
            .Blocks.Select(b => b.Text).ToList();
        Assert.Contains("Sudah selesai", texts);
    }
}
