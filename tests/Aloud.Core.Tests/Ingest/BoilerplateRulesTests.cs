using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>Furniture named by its class: the eighth blind set's disclaimers, source lists, donation boxes and photo credits.</summary>
public class BoilerplateRulesTests
{
    private const string Prose = "Children who slept an hour longer on school nights did better in morning tests, the study of two districts found.";
    private const string More = "The researchers now plan to follow the same pupils for another two years, the university said on Monday.";

    private static IReadOnlyList<string> Texts(string body) =>
        HtmlArticleExtractor.Extract($"<html><body><article>{body}</article></body></html>").Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("<div class='site-disclaimer'><p>Nothing on this site is advice from a doctor.</p></div>")]
    [InlineData("<div class='article-sources'><h3>Sources</h3><ol><li>District sleep survey, 2026.</li></ol></div>")]
    [InlineData("<div class='donate-box'><p>Keep student reporting free for everyone on campus this year.</p></div>")]
    [InlineData("<div class='lead'><img src='/p.jpg'><div class='photocredit'>Mara Velt</div></div>")]
    [InlineData("<div class='hero'><img src='/p.jpg'><span class='imagecredit'>Mara Velt</span></div>")]
    // The tenth set's: readers' replies, a rating widget, a recipe's nutrition box, a byline and newsletter and ad
    // boxes named in Spanish, French and Hungarian.
    [InlineData("<section class='nb-replies'><h2>Replies (4)</h2><div class='nb-reply'><span>Ola K. · Neighbor</span><p>About time, honestly.</p></div></section>")]
    [InlineData("<div class='star-rating'><p>Did you try this? Rate it:</p><span>☆☆☆☆☆</span></div>")]
    [InlineData("<div class='card__nutrition'><p>Per serving: Calories 220; Fat 9 g; Protein 3 g.</p></div>")]
    [InlineData("<div class='nota-autor'><span>Lucía Prado | Corresponsal</span> <span>Valdeluz, 06/12/2026 10:15</span></div>")]
    [InlineData("<div class='article__signature'><span>Marc Tessier</span> <span>Le Quotidien</span> <time>6 décembre 2026 à 5 h 00</time></div>")]
    [InlineData("<div class='nota-boletin'><p>Recibe cada mañana las noticias de tu ciudad.</p></div>")]
    [InlineData("<div class='boite-infolettre'><p>Recevez l'essentiel chaque matin.</p></div>")]
    [InlineData("<div class='hirlevel-box'><p>A nap hírei minden reggel.</p></div>")]
    [InlineData("<div class='hirdetes'><span>Hirdetés</span></div>")]
    // The twelfth set's: an ad slot's label in the page's language, a reader-revenue "epic" and support box, a press
    // release's notes to editors.
    [InlineData("<div class='slot'><span class='td-adspot-title'>- Oglas -</span></div>")]
    [InlineData("<div class='contributions-epic'><h2>Before you go</h2><p>Our reporting is open to all.</p></div>")]
    [InlineData("<div class='mag-support-box'><h4>Local news needs local readers</h4><p>Keep the Courier open to all.</p></div>")]
    [InlineData("<ol class='notes-to-editors'><li>Press office: 0100 200 3000.</li></ol>")]
    // The fourteenth set's: reader comments named in a plural ("komentari", "kommentarer"), and tags in Basque and Spanish.
    [InlineData("<section class='komentari'><h3>Komentari (2)</h3><p class='komentari__pravila'>Komentari sa uvredama se brišu.</p></section>")]
    [InlineData("<div class='kommentarer'><h3>Kommentarer</h3><p>Kommentera artikeln.</p></div>")]
    [InlineData("<div class='field field--name-field-etiketak'><div class='field__label'>Etiketak</div><div><a href='/t/a'>Portua</a></div></div>")]
    [InlineData("<div class='nota-etiquetas'><span>Etiquetas</span> <a href='/t/b'>Puerto</a></div>")]
    // The sixteenth set's: a funeral notice's guest book and candles, a property listing card, a site's alert banner
    // in the body field, and AMP's ad slot with its placeholder label.
    [InlineData("<div id='guestbook' class='guestbook'><div class='gb-entry'><div class='gb-name'>Ada Rusk</div><div class='gb-msg'>He was the kindest man.</div></div><div class='gb-entry candle'>A candle was lit by Oren Lask</div></div>")]
    [InlineData("<section class='obit-condolences'><h3>Condolences</h3><p>Thinking of your family at this time.</p></section>")]
    [InlineData("<div class='wp-block-acme-listing-card'><div>$1,250,000</div><ul><li>3 beds</li><li>2 baths</li></ul><div>Listed by Ada Rusk, Quay Realty</div></div>")]
    [InlineData("<div class='product-card'><p>Quay Kettle 2, $89 at Ledger Stores</p></div>")]
    [InlineData("<div class='localgov-alert-banner'><p><strong>Road closures:</strong> the bridge is shut on Sunday.</p></div>")]
    [InlineData("<amp-ad width='300' height='250' type='doubleclick'><div placeholder>Advertisement</div></amp-ad>")]
    // The eighteenth set's: a long read's staff credits box.
    [InlineData("<section class='story-credits'><p>Reporting: Ada Rusk, Oren Lask. Editing: Mara Velt. Design: Ivo Penn.</p></section>")]
    public void Furniture_named_by_its_class_is_not_read(string furniture) =>
        Assert.Equal([Prose, More], Texts($"<p>{Prose}</p>{furniture}<p>{More}</p>"));

    [Fact]
    public void A_glossary_aside_in_the_story_is_read_but_another_aside_is_not()
    {
        const string glossary = "<aside class='explainer-glossary'><h3>Key terms</h3><ul><li>Tariff: the price a company may charge.</li></ul></aside>";
        const string pullOut = "<aside class='pull-out'><p>Read the council report in full on our site.</p></aside>";
        Assert.Equal([Prose, "Key terms", "Tariff: the price a company may charge.", More], Texts($"<p>{Prose}</p>{glossary}{pullOut}<p>{More}</p>"));
    }

    [Fact]
    public void A_credit_class_without_a_photo_word_is_still_the_story_credit()
    {
        var blocks = HtmlArticleExtractor.Extract($"<html><body><article><p>{Prose}</p><p>{More}</p><p class='story-credit'>Mara Velt contributed to this story.</p></article></body></html>").Blocks;
        Assert.Contains(blocks, b => b.Kind == BlockKind.Credit);
    }

    [Fact]
    public void A_listing_named_without_a_card_is_the_story()
    {
        // An events page's "where and when" line, and a heading whose id is made of its words.
        var texts = Texts($"<p>{Prose}</p><h2 id='a-listing-that-never-came'>A listing that never came</h2><p class='article__listing'>{More}</p>");
        Assert.Equal([Prose, "A listing that never came", More], texts);
    }

    [Fact]
    public void A_drop_cap_hidden_from_screen_readers_stays_the_first_letter_of_its_word()
    {
        var texts = Texts($"<p class='drop-cap'><span class='dropcap' aria-hidden='true'>C</span>{Prose[1..]}</p><p>{More}</p>");
        Assert.Equal([Prose, More], texts);
    }

    [Fact]
    public void A_hidden_word_beside_the_text_is_still_hidden()
    {
        var texts = Texts($"<p>{Prose} <span aria-hidden='true'>Icon</span></p><p><span aria-hidden='true'>Share</span> {More}</p>");
        Assert.Equal([Prose, More], texts);
    }
}
