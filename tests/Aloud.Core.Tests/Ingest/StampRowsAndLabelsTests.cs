using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>
/// The furniture a regional news page leaves around its story, in the languages the eighteenth blind set brought: the
/// ad slot's label, a link box's bare heading, the tag and follow-us lines, and the header's date and update stamps.
/// </summary>
public class StampRowsAndLabelsTests
{
    [Theory]
    [InlineData("09.07.2026. u 11:20")]
    [InlineData("14.03.2026 um 08:15")]
    [InlineData("03/08/2026 10h40 · Atualizado há 2 horas")]
    [InlineData("12 March 2026 | Updated 3 hours ago")]
    [InlineData("20/05/2026 09:15 • Actualizado hace 5 minutos")]
    public void A_row_of_date_and_update_stamps_is_metadata(string line) => Assert.True(MetadataLines.IsMetadataLine(line));

    [Theory]
    [InlineData("09.07.2026. u 11:20 the council met again, and the vote was put off.")]
    [InlineData("03/08/2026 10h40 · Por Rita Almeida")]
    [InlineData("Updated 3 hours ago | The mayor resigns")]
    public void A_row_with_anything_but_stamps_is_not(string line) => Assert.False(MetadataLines.IsMetadataLine(line));

    [Theory]
    [InlineData("Oglas")]
    [InlineData("Annonse")]
    [InlineData("Veja também")]
    [InlineData("Lesen Sie auch")]
    [InlineData("Pročitajte i: Novi vrtić otvara se u rujnu")]
    [InlineData("Pratite nas na Facebooku i Instagramu.")]
    [InlineData("Følg oss på Facebook for flere nyheter.")]
    public void Ad_labels_link_box_headings_and_follow_lines_are_promos(string line) => Assert.True(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("Oglas za posao objavljen je tek u petak, rekla je načelnica.")]
    [InlineData("Veja também o que disse o prefeito sobre a obra da ponte.")]
    [InlineData("Pratite nas je molio susjed dok smo prelazili rijeku.")]
    public void Sentences_that_start_alike_are_kept(string line) => Assert.False(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("Tagovi: Varaždin vrtić proračun")]
    [InlineData("Stikkord: Tromsø, havn, ferje")]
    public void A_labelled_keyword_list_in_croatian_or_norwegian_is_a_tag_line(string line) => Assert.True(TagLines.IsTagLine(line));

    [Fact]
    public void The_furniture_around_a_croatian_story_is_left_out()
    {
        const string html = """
            <html><body><article>
            <div class="info"><span>Autor: Ana Vukić</span> <span class="datum">12.05.2026. u 09:40</span></div>
            <div class="tekst">
            <p>Gradsko vijeće Lipovca u utorak je odlučilo da će novi dječji vrtić u naselju Brezje biti otvoren u rujnu, a ne u lipnju kako je bilo planirano.</p>
            <div class="banner"><span>Oglas</span></div>
            <p>Kašnjenje je, kažu u gradskoj upravi, posljedica problema s izvođačem krovišta, koji je radove prekinuo na šest tjedana tijekom zime.</p>
            </div>
            <div class="clanak-oznake"><span>Tagovi:</span> <a href="#">Lipovac</a> <a href="#">vrtić</a></div>
            <div class="pratite">Pratite nas na <a href="#">Facebooku</a>.</div>
            </article></body></html>
            """;
        var blocks = HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.StartsWith("Gradsko vijeće", blocks[0], StringComparison.Ordinal);
        Assert.StartsWith("Kašnjenje je", blocks[1], StringComparison.Ordinal);
    }
}
