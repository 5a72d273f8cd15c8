using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class LeadingMetadataTests
{
    private const string Prose = "Il consiglio comunale ha approvato martedì il restauro della vecchia stazione, chiusa dal 2019 per motivi di sicurezza.";

    private static IReadOnlyList<string> Texts(string article) =>
        HtmlArticleExtractor.Extract($"<html><head><title>La stazione riapre</title></head><body>{article}</body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("3 dicembre 2026")]
    [InlineData("12 de diciembre de 2026")]
    [InlineData("4. März 2026")]
    [InlineData("1er août 2026")]
    [InlineData("7 de outubro de 2026")]
    public void A_date_written_in_another_language_is_a_date_line(string line) => Assert.True(TextDates.IsDateLine(line));

    [Fact]
    public void A_sentence_that_holds_such_a_date_is_not_a_date_line() =>
        Assert.False(TextDates.IsDateLine("I lavori sono finiti il 3 dicembre 2026 dopo tre anni."));

    [Fact]
    public void A_subtitle_above_the_date_line_is_the_header_and_is_not_read()
    {
        var texts = Texts($"<article><h1>La stazione riapre</h1><h2>Un cantiere da due milioni e mezzo di euro</h2><div>5 novembre 2026</div><p>{Prose}</p></article>");
        Assert.Equal([Prose], texts);
    }

    [Fact]
    public void A_heading_that_ends_a_sentence_or_has_no_date_under_it_stays()
    {
        Assert.Contains("Un cantiere da due milioni.", Texts($"<article><h2>Un cantiere da due milioni.</h2><div>5 novembre 2026</div><p>{Prose}</p></article>"));
        Assert.Contains("Il cantiere", Texts($"<article><h2>Il cantiere</h2><p>{Prose}</p></article>"));
    }

    [Fact]
    public void The_name_a_notice_title_is_about_is_not_read_above_the_notice()
    {
        static IReadOnlyList<string> Notice(string name) => HtmlArticleExtractor.Extract(
            $"<html><head><title>Obituary for Ada Maria Rusk | Quay & Sons Funeral Home</title></head><body><div class='obit'><div>{name}</div><p>{Prose}</p></div></body></html>")
            .Blocks.Select(b => b.Text).ToList();
        Assert.Equal([Prose], Notice("Ada Maria Rusk"));
        // Part of a name, or a line the title does not hold whole, is the notice's own text.
        Assert.Equal(["Ada Maria Ruskin", Prose], Notice("Ada Maria Ruskin"));
    }
}
