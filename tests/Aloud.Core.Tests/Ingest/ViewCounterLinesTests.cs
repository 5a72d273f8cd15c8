using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>The sixteenth set's read counters run into a header's byline and date, in several languages.</summary>
public class ViewCounterLinesTests
{
    private const string Prose = "ชาวบ้านในตำบลแม่ลาวรวมกลุ่มกันเพาะเห็ดฟางจากฟางข้าวที่เหลือหลังการเก็บเกี่ยว แทนการเผาในที่โล่งเหมือนทุกปี";

    [Theory]
    [InlineData("โดย ผู้สื่อข่าวประจำจังหวัดลำปาง | 3 มี.ค. 2569 09:10 น. | เปิดอ่าน 1,204 ครั้ง")]
    [InlineData("By Ada Rusk | March 3, 2026 | Read 1,204 times")]
    [InlineData("Oleh Dedi Kurniawan - Dibaca 512 kali")]
    [InlineData("Trần Minh - 1.024 lượt xem")]
    [InlineData("3 марта 2026, 12:40 · 2 345 просмотров")]
    public void A_header_line_counting_readers_is_a_view_counter(string line) => Assert.True(ViewCounterLines.IsViewCounter(line));

    [Theory]
    [InlineData("The video had 2 million views by Friday.")]
    [InlineData("Ada Rusk | March 3, 2026")]
    public void A_sentence_or_a_line_without_a_count_is_not(string line) => Assert.False(ViewCounterLines.IsViewCounter(line));

    [Fact]
    public void The_counter_line_at_the_top_of_the_body_is_not_read()
    {
        var texts = HtmlArticleExtractor.Extract($"<html><body><div class='news'><div class='news-info'>โดย ผู้สื่อข่าว | เปิดอ่าน 2,418 ครั้ง</div><div class='news-detail'>{Prose}<br><br>{Prose}</div></div></body></html>")
            .Blocks.Select(b => b.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("เปิดอ่าน", StringComparison.Ordinal));
        Assert.Contains(Prose, texts);
    }
}
