using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class LeadParagraphTests
{
    private const string Lead = "A council plan to close two branch libraries has been paused after thousands signed a petition.";
    private const string Body = "<p>The proposal would have shut the libraries in Eastmoor and Kilnfield from April next year.</p>"
        + "<p>Councillor Ruth Ambrose said the decision would now wait until a consultation had finished.</p>";

    private static IReadOnlyList<ArticleBlock> Blocks(string body) =>
        HtmlArticleExtractor.Extract($"<html><body>{body}</body></html>").Blocks;

    [Theory]
    [InlineData("p", "standfirst")]
    [InlineData("div", "dek")]
    [InlineData("p", "article__intro")]
    [InlineData("span", "lede")]
    [InlineData("p", "article__ingress")]
    [InlineData("div", "artikkel-ingressi")]
    public void A_lead_with_its_own_class_before_the_body_is_read_first(string tag, string cls)
    {
        var blocks = Blocks($"<article><h1>Library closures paused</h1><{tag} class='{cls}'>{Lead}</{tag}><div class='article-body'>{Body}</div></article>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Fact]
    public void A_subtitle_heading_after_the_byline_and_date_that_is_a_sentence_is_the_lead()
    {
        // Israeli sites: the header (headline, byline, time) closes, then an <h2 class=sub-title> says the lead.
        var blocks = Blocks("<article><header><h1>Library closures paused</h1><span class='author'>Noa Adler</span><time datetime='2026-12-06'>6.12.2026</time></header>"
            + $"<h2 class='sub-title'>{Lead}</h2><div class='article-body'>{Body}</div></article>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Theory]
    [InlineData("<h2 class='dek'>The service will run until 1 a.m. on weekends from June.</h2>")]
    [InlineData("<p class='dek'>The service will run until 1 a.m. on weekends from June</p>")]
    public void A_heading_or_a_subtitle_without_a_final_stop_is_a_deck_not_a_lead(string deck)
    {
        var blocks = Blocks($"<article><h1>Late ferry approved</h1>{deck}<div class='article-body'>{Body}</div></article>");
        Assert.Equal(2, blocks.Count);
    }

    [Fact]
    public void A_lead_in_the_header_before_an_article_named_as_the_body_is_read_first()
    {
        // French dailies: the header holds "article__desc"; the <article> element holds only the story's text.
        var blocks = Blocks($"<main><section class='article'><header><h1>Library closures paused</h1><p class='article__desc'>{Lead}</p></header>"
            + $"<article class='article__content'>{Body}</article></section></main>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Theory]
    [InlineData("div", "news-detail__preview")]
    [InlineData("h2", "detail-sapo")]
    [InlineData("div", "zq7")]
    public void A_lead_that_repeats_the_page_description_is_read_first_whatever_its_class(string tag, string cls)
    {
        var html = $"<html><head><meta name='description' content='{Lead}'></head><body><article><h1>Library closures paused</h1>"
            + $"<{tag} class='{cls}'>{Lead}</{tag}><div class='article-body'>{Body}</div></article></body></html>";
        var blocks = HtmlArticleExtractor.Extract(html).Blocks;
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Theory]
    [InlineData("ArticlePage-subHeadline")]
    [InlineData("entry-sub-title")]
    public void A_lead_named_in_two_words_is_a_lead(string cls)
    {
        var blocks = Blocks($"<article><h1>Library closures paused</h1><div class='{cls}'>{Lead}</div><div class='article-body'>{Body}</div></article>");
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Fact]
    public void A_lead_in_the_header_of_an_article_read_whole_is_read_first()
    {
        // Ghost-like: the <article> is the body; its header (headline, excerpt, byline) is not read, its excerpt is.
        var blocks = Blocks($"<main><article class='post'><header class='post-header'><h1>Library closures paused</h1><p class='post-excerpt'>{Lead}</p>"
            + $"<time>5 December</time></header><section class='post-content'>{Body}</section></article></main>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Fact]
    public void A_drupal_field_whose_label_is_hidden_is_not_hidden()
    {
        var blocks = Blocks($"<article><h1>Library closures paused</h1><div class='field field--name-field-intro field--label-hidden'><p>{Lead}</p></div>"
            + $"<div class='field field--name-body field--label-hidden'>{Body}</div></article>");
        Assert.Equal(3, blocks.Count);
        Assert.Equal(Lead, blocks[0].Text);
    }

    [Fact]
    public void A_newsletter_box_describing_itself_is_no_lead()
    {
        var html = $"<html><head><meta name='description' content='Sign up to hear about new classes and open days at the studio. We write once a month.'></head><body>"
            + "<main><article><header class='box-header'><h1>Studio news</h1></header><div class='newsletter-block'><header><h2>Letters</h2>"
            + "<div class='newsletter-description'><p>Sign up to hear about new classes and open days at the studio. We write once a month.</p></div></header></div>"
            + $"<div class='article-body'>{Body}</div></article></main></body></html>";
        Assert.DoesNotContain(HtmlArticleExtractor.Extract(html).Blocks, b => b.Text.StartsWith("Sign up", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_outside_the_story_is_not_taken()
    {
        var blocks = Blocks($"<div class='promo'><p class='intro'>{Lead}</p></div><main><div class='x'><article><div class='article-body'>{Body}</div></article></div></main>");
        Assert.DoesNotContain(blocks, b => b.Text == Lead);
    }

    [Fact]
    public void A_lead_repeated_as_the_first_paragraph_is_read_once()
    {
        var blocks = Blocks($"<article><p class='standfirst'>{Lead}</p><div class='article-body'><p>{Lead}</p>{Body}</div></article>");
        Assert.Single(blocks, b => b.Text == Lead);
    }

    [Fact]
    public void A_turkish_spot_heading_under_the_headline_is_the_lead()
    {
        // Turkish sites set the lead ("spot") as an h2 right under the headline, above the byline.
        var blocks = Blocks($"<main><div class='news-detail'><h1>Library closures paused</h1><h2 class='haber-spot'>{Lead}</h2>"
            + $"<div class='news-info'>Ayla Demir 19.11.2026</div><div class='haber-metni'>{Body}</div></div></main>");
        Assert.Equal(Lead, blocks[0].Text);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void A_lead_with_which_the_pages_json_ld_article_body_opens_is_the_lead_whatever_its_class()
    {
        const string teaser = "Die Stadtbücherei in Lindhof schließt im Winter zwei Monate. Der Umbau dauert länger als geplant.";
        const string rest = "Die Arbeiten am Dach haben sich wegen eines Lieferengpasses um sechs Wochen verschoben, sagte die Leiterin.";
        var jsonLd = "{\"@type\":\"NewsArticle\",\"headline\":\"Bücherei schließt\",\"articleBody\":\"" + teaser + " " + rest + "\"}";
        var html = $"<html><head><script type='application/ld+json'>{jsonLd}</script></head><body><article><header><h1>Bücherei schließt</h1>"
            + $"<p class='article__teaser'>{teaser}</p></header><div class='article__text'><p>{rest}</p></div></article></body></html>";
        var blocks = HtmlArticleExtractor.Extract(html).Blocks;
        Assert.Equal([teaser, rest], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_header_paragraph_the_json_ld_article_body_does_not_open_with_stays_out()
    {
        const string teaser = "Die Stadtbücherei in Lindhof schließt im Winter zwei Monate. Der Umbau dauert länger als geplant.";
        const string rest = "Die Arbeiten am Dach haben sich wegen eines Lieferengpasses um sechs Wochen verschoben, sagte die Leiterin.";
        var jsonLd = "{\"@type\":\"NewsArticle\",\"headline\":\"Bücherei schließt\",\"articleBody\":\"" + rest + "\"}";
        var html = $"<html><head><script type='application/ld+json'>{jsonLd}</script></head><body><article><header><h1>Bücherei schließt</h1>"
            + $"<p class='article__teaser'>{teaser}</p></header><div class='article__text'><p>{rest}</p></div></article></body></html>";
        Assert.Equal([rest], HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text));
    }

    [Theory]
    [InlineData("nota__balazo")]
    [InlineData("nota-bajada")]
    [InlineData("materia__linha-fina")]
    [InlineData("articolo-sommario")]
    public void A_lead_heading_named_in_the_newsroom_word_of_its_country_is_the_lead(string cls)
    {
        // Mexican, Argentine, Brazilian and Italian sites name the lead set under the headline, above the byline.
        var blocks = Blocks($"<main><div class='news-detail'><h1>Library closures paused</h1><h2 class='{cls}'>{Lead}</h2>"
            + $"<div class='news-info'>Por Ana Ruiz | 19/11/2026</div><div class='nota-texto'>{Body}</div></div></main>");
        Assert.Equal(Lead, blocks[0].Text);
        Assert.Equal(3, blocks.Count);
    }

    [Fact]
    public void A_spot_heading_without_a_final_stop_is_a_deck()
    {
        var blocks = Blocks($"<main><div class='news-detail'><h1>Library closures paused</h1><h2 class='haber-spot'>Two libraries saved for now</h2>"
            + $"<div class='haber-metni'>{Body}</div></div></main>");
        Assert.DoesNotContain(blocks, b => b.Text == "Two libraries saved for now");
    }
}
