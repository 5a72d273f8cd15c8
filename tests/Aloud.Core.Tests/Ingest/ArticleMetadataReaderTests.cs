using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class ArticleMetadataReaderTests
{
    private const string Body = "<article><h1>Visible headline</h1><p>The tide came in faster than forecast, and crews worked all night.</p></article>";

    private static Article Extract(string head, string body = Body, string htmlAttributes = "") =>
        HtmlArticleExtractor.Extract($"<!DOCTYPE html><html{htmlAttributes}><head>{head}</head><body>{body}</body></html>");

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    [Fact]
    public void Fixture_metadata_comes_from_json_ld_in_a_graph()
    {
        var article = HtmlArticleExtractor.Extract(HarborFerryFixture.Html);
        Assert.Equal("Council backs late-night ferry after months of debate", article.Title);
        Assert.Equal("Priya Okafor and Tomasz Lindqvist", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 18, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal(TimeSpan.FromHours(1), article.Published!.Value.Offset);
        Assert.Equal("en-GB", article.Language);
    }

    [Fact]
    public void Json_ld_news_article_with_single_author_object_and_html_entities()
    {
        var article = Extract(JsonLd("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry&#x27;s first night","author":{"@type":"Person","name":"Ana Ruiz"},"datePublished":"2024-06-07T21:00:00-07:00","inLanguage":"en-US"}"""));
        Assert.Equal("Ferry's first night", article.Title);
        Assert.Equal("Ana Ruiz", article.Byline);
        Assert.Equal(TimeSpan.FromHours(-7), article.Published!.Value.Offset);
        Assert.Equal("en-US", article.Language);
    }

    [Fact]
    public void Json_ld_array_of_objects_and_three_authors()
    {
        var article = Extract(JsonLd("""[{"@type":"Organization","name":"Ledger"},{"@type":"http://schema.org/BlogPosting","headline":"Blog headline","author":[{"name":"A. One"},"B. Two",{"name":"C. Three"}]}]"""));
        Assert.Equal("Blog headline", article.Title);
        Assert.Equal("A. One, B. Two and C. Three", article.Byline);
    }

    [Fact]
    public void Broken_json_ld_falls_back_to_open_graph()
    {
        var article = Extract(JsonLd("{\"@type\": \"NewsArticle\", \"headline\": ") + "<meta property=\"og:title\" content=\"OG headline\">");
        Assert.Equal("OG headline", article.Title);
    }

    [Fact]
    public void Title_falls_back_to_h1_then_to_title_without_site_suffix()
    {
        Assert.Equal("Visible headline", Extract("<title>Page title | Ledger</title>").Title);
        var noH1 = "<article><p>The tide came in faster than forecast, and crews worked all night.</p></article>";
        Assert.Equal("Ferry approved for night service", Extract("<title>Ferry approved for night service | The Lakeside Ledger</title>", noH1).Title);
        Assert.Equal("Ferry approved for night service", Extract("<title>Ferry approved for night service - Ledger</title>", noH1).Title);
        Assert.Equal("Spider-Man star visits harbor", Extract("<title>Spider-Man star visits harbor</title>", noH1).Title);
    }

    [Fact]
    public void Open_graph_title_loses_only_the_known_site_name()
    {
        var head = "<meta property=\"og:site_name\" content=\"Ledger\"><meta property=\"og:title\" content=\"Harbor vote - Ledger\">";
        Assert.Equal("Harbor vote", Extract(head).Title);
        Assert.Equal("Harbor vote - part two", Extract("<meta property=\"og:title\" content=\"Harbor vote - part two\">").Title);
    }

    [Fact]
    public void Byline_from_meta_author_then_byline_element_without_by()
    {
        Assert.Equal("Meta Writer", Extract("<meta name=\"author\" content=\"Meta Writer\">").Byline);
        var body = "<article><div class=\"article-byline\">By  Jo Marsh | Published March 3, 2024</div>" + Body + "</article>";
        Assert.Equal("Jo Marsh", Extract("", body).Byline);
        Assert.Null(Extract("").Byline);
    }

    [Fact]
    public void Published_from_meta_then_time_element_keeping_the_offset()
    {
        var fromMeta = Extract("<meta property=\"article:published_time\" content=\"2024-01-05T06:15:00+05:30\">").Published;
        Assert.Equal(TimeSpan.FromMinutes(330), fromMeta!.Value.Offset);
        Assert.Equal(new DateTime(2024, 1, 5, 6, 15, 0), fromMeta.Value.DateTime);

        var fromTime = Extract("", "<article><time datetime=\"2023-11-30T23:00:00-05:00\">Nov 30</time>" + Body + "</article>").Published;
        Assert.Equal(new DateTimeOffset(2023, 11, 30, 23, 0, 0, TimeSpan.FromHours(-5)), fromTime);
        Assert.Equal(TimeSpan.FromHours(-5), fromTime!.Value.Offset);
        Assert.Null(Extract("").Published);
    }

    [Fact]
    public void Language_from_html_lang_then_json_ld_then_og_locale_else_english()
    {
        Assert.Equal("fr-CA", Extract("", Body, " lang=\"fr-CA\"").Language);
        Assert.Equal("de", Extract(JsonLd("""{"@type":"Article","inLanguage":"de"}""")).Language);
        Assert.Equal("pt-BR", Extract("<meta property=\"og:locale\" content=\"pt_BR\">").Language);
        Assert.Equal("en", Extract("").Language);
        Assert.Equal("en", Extract("", Body, " lang=\"not a language!\"").Language);
    }

    [Fact]
    public void A_commenter_is_never_the_byline()
    {
        var article = Extract("", "<article><h1>Pool reopens</h1><p>The municipal pool reopens on January 12 after eight months of work on the main basin.</p></article>"
            + "<section id='comments'><div class='comment'><span class='comment-author'>Jeannot62</span><p>Finally!</p></div></section>");
        Assert.Null(article.Byline);
    }
}
