using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>The twelfth blind set: a lead in a script whose full stop is not "." was taken for a deck with no stop.</summary>
public class SentenceMarksTests
{
    [Theory]
    [InlineData("The ferry will run again on Monday.")]
    [InlineData("Will the ferry run again?")]
    [InlineData("渡し船は月曜日に再開する。")]
    [InlineData("नौका सेवा सोमवार से फिर शुरू होगी।")]
    [InlineData("ጀልባው ሰኞ እንደገና ይጀምራል።")]
    [InlineData("کشتی پیر سے دوبارہ چلے گی۔")]
    [InlineData("Լաստանավը կվերսկսի երկուշաբթի։")]
    [InlineData("\"The ferry is back.\"")]
    [InlineData("«Le bac reprend lundi.»")]
    public void Every_scripts_final_mark_ends_a_sentence(string text) => Assert.True(SentenceMarks.EndsSentence(text));

    [Theory]
    [InlineData("Ferry back from Monday")]
    [InlineData("नौका सेवा फिर शुरू")]
    [InlineData("ጀልባው ተመለሰ")]
    [InlineData("Ferry timetable:")]
    [InlineData("")]
    public void A_label_with_no_final_mark_does_not(string text) => Assert.False(SentenceMarks.EndsSentence(text));

    [Fact]
    public void A_lead_ending_with_the_ethiopic_full_stop_is_read_before_the_body()
    {
        const string lead = "በከተማው ዙሪያ የሚኖሩ ከ300 በላይ ነዋሪዎች የሚጠቀሙበት አዲስ የጀልባ አገልግሎት ከሰኞ ጀምሮ ሥራ ይጀምራል።";
        const string first = "አገልግሎቱ በቀን ሦስት ጊዜ ይሰራል ተብሏል።";
        const string second = "የከተማው ከንቲባ ለነዋሪዎች ትልቅ ለውጥ ነው ብለዋል።";
        var html = $"<html><head><meta name='description' content='{lead}'></head><body><article><h1>አዲስ የጀልባ አገልግሎት</h1>"
            + $"<div class='story__perex' itemprop='description'><p>{lead}</p></div><div class='story__body'><p>{first}</p><p>{second}</p></div></article></body></html>";
        var texts = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal([lead, first, second], texts);
    }
}
