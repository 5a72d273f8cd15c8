using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class PageFurnitureLanguagesTests
{
    [Theory]
    [InlineData("Lire aussi : Le gymnase du quartier nord fermé pour l'hiver")]
    [InlineData("À lire également : Les clubs sportifs manquent de bénévoles")]
    [InlineData("Suivez-nous sur Facebook, Instagram et X pour ne rien manquer.")]
    [InlineData("Mehr zum Thema: Hallenbad in der Partnerstadt saniert")]
    [InlineData("Lesen Sie auch: Neue Radwege in der Innenstadt")]
    [InlineData("Folgen Sie uns auf Instagram und Facebook!")]
    [InlineData("Lee también: El alcalde presenta el presupuesto")]
    [InlineData("Leggi anche: Il sindaco incontra i commercianti")]
    [InlineData("More on this topic:")]
    [InlineData("Síguenos en X")]
    [InlineData("Publicidade")]
    [InlineData("Reklam")]
    [InlineData("Anzeige")]
    [InlineData("פרסומת")]
    [InlineData("Publicitate")]
    [InlineData("โฆษณา")]
    [InlineData("Showing latest updates")]
    [InlineData("Subscribe")]
    [InlineData("Vill du läsa mer? Prenumerera för 59 kronor i månaden och stöd lokal journalistik.")]
    [InlineData("Διαβάστε επίσης: Νέα πλατεία στο κέντρο της πόλης")]
    [InlineData("Читайте також: У парку висадили сто нових дерев")]
    [InlineData("Знайшли помилку? Виділіть текст і натисніть Ctrl + Enter")]
    [InlineData("Found a typo? Select it and press Ctrl+Enter.")]
    [InlineData("Tag: pasar malam alun-alun")]
    [InlineData("Topics: Glaciers Rivers Climate")]
    [InlineData("More columns: Why the ferry should run all night")]
    [InlineData("Komentar")]
    [InlineData("Media contact")]
    [InlineData("Hirdetés")]
    [InlineData("延伸閱讀")]
    [InlineData("推薦閱讀：港區新碼頭明年啟用")]
    public void Read_also_and_follow_us_lines_are_promos_in_several_languages(string line) =>
        Assert.True(PromoPhrases.IsPromo(line));

    [Theory]
    [InlineData("Les lecteurs ont aussi lu le rapport de la commission, publié jeudi.")]
    [InlineData("Die Stadt will mehr zum Thema Radverkehr tun, sagte der Bürgermeister.")]
    [InlineData("Die Anzeige gegen den Wirt wurde am Montag zurückgezogen, sagte die Polizei.")]
    [InlineData("Readers who subscribe pay less, the publisher said, but the price of a single copy will rise in May.")]
    [InlineData("The topics on the agenda were parking, the library and the new bus shelter.")]
    [InlineData("More columns of water rose from the harbour as the storm passed, the coastguard said.")]
    public void Prose_that_merely_contains_the_words_is_kept(string line) =>
        Assert.False(PromoPhrases.IsPromo(line));

    [Fact]
    public void Ruby_annotations_are_dropped_and_the_base_text_kept()
    {
        var article = HtmlArticleExtractor.Extract("<html><body><article><p><ruby>市役所<rp>(</rp><rt>しやくしょ</rt><rp>)</rp></ruby>は五日、"
            + "<ruby>図書館<rt>としょかん</rt></ruby>の開館時間を夜九時まで延長すると発表した。</p></article></body></html>");
        Assert.Equal("市役所は五日、図書館の開館時間を夜九時まで延長すると発表した。", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void Soft_hyphens_are_removed_from_the_text()
    {
        var article = HtmlArticleExtractor.Extract("<html><body><article><p>Die Stadt&shy;werke verlängern die Straßen\u00adbahn bis zum neuen Wohngebiet am Südhang.</p></article></body></html>");
        Assert.Equal("Die Stadtwerke verlängern die Straßenbahn bis zum neuen Wohngebiet am Südhang.", Assert.Single(article.Blocks).Text);
    }

    [Fact]
    public void A_blog_body_split_by_line_breaks_without_paragraph_tags_is_read()
    {
        var parts = new[]
        {
            "The first frost arrived on the allotments a week earlier than anyone on Orchard Row expected this year.",
            "I have kept a plot here for eleven years, and a clear, still night always takes the tender crops at once.",
            "This year I laid old bedsheets over the courgettes and tied them down with garden twine for three nights.",
        };
        var article = HtmlArticleExtractor.Extract($"<html><body><div class='sidebar'><a>Archives</a><br><a>Tools</a></div><div class='post'><div class='post-body entry'>{string.Join("<br><br>", parts)}<br></div></div></body></html>");
        Assert.Equal(parts, article.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Recipe_steps_in_lists_are_kept_in_order()
    {
        var steps = new[] { "Warm the oil in a large pan and cook the onion for five minutes.", "Add the carrots and squash and cook for another five minutes.", "Pour in the stock and simmer for twenty-five minutes, then blend." };
        var article = HtmlArticleExtractor.Extract("<html><body><article class='recipe'><p class='intro'>This soup takes about forty minutes and keeps well for three days.</p><h2>Method</h2><ol>"
            + string.Concat(steps.Select(s => $"<li>{s}</li>")) + "</ol></article></body></html>");
        Assert.Equal(steps, article.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void Reader_comments_and_keyword_lists_named_in_other_languages_are_furniture()
    {
        const string Story = "Pasar malam di alun-alun kota kembali dibuka pada Sabtu setelah dua tahun ditutup untuk perbaikan.";
        var article = HtmlArticleExtractor.Extract($"<html><body><article><p>{Story}</p>"
            + "<div class='post__keywords'><span>キーワード</span><a href='/k/1'>市場</a></div>"
            + "<div class='detail__komentar'><h3>Obrolan</h3><div class='item'><span>warga_01</span><p>Akhirnya dibuka lagi, senang sekali.</p></div></div>"
            + "</article></body></html>");
        Assert.Equal(Story, Assert.Single(article.Blocks).Text);
    }
}
