using System.Text;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class ArticleReaderTests
{
    // Straight from the provider: Encoding.GetEncoding(1252) depends on whether someone registered it first.
    private static Encoding CodePages(int codePage) => CodePagesEncodingProvider.Instance.GetEncoding(codePage)!;

    private static readonly Uri Source = new("https://ledger.example/story");

    private static AloudInputException Fails(byte[] bytes, string? contentType = null, ExtractionOptions? options = null) =>
        Assert.Throws<AloudInputException>(() => ArticleReader.Read(bytes, contentType, Source, options ?? ExtractionOptions.Default));

    [Fact]
    public void Html_bytes_become_the_html_article()
    {
        var article = ArticleReader.Read(Encoding.UTF8.GetBytes(HarborFerryFixture.Html), "text/html", Source, ExtractionOptions.Default);
        Assert.Equal(HarborFerryFixture.ExpectedBlocks.Length, article.Blocks.Count);
        Assert.Equal(Source, article.Url);
    }

    [Fact]
    public void Text_bytes_become_the_text_article()
    {
        var input = new InputSource(Encoding.UTF8.GetBytes(HarborFerryFixture.Text), null, null);
        var article = ArticleReader.Read(input);
        Assert.Equal(4, article.Blocks.Count);
        Assert.Null(article.Url);
    }

    [Fact]
    public void Windows_1252_text_without_declaration_is_read_correctly()
    {
        var bytes = CodePages(1252).GetBytes("\u201cIt\u2019s open,\u201d the caf\u00e9 owner said.");
        Assert.Equal("\u201cIt\u2019s open,\u201d the caf\u00e9 owner said.", ArticleReader.Read(new InputSource(bytes, null, null)).BodyText);
    }

    [Fact]
    public void Binary_input_names_its_format()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        Assert.Equal("binary input (looks like PNG image): give an HTML page or plain text", Fails(png).Message);
    }

    [Fact]
    public void A_page_with_only_furniture_has_no_article_text()
    {
        var html = "<html><body><nav><a href='/'>Home</a></nav><div class='ad'>Advertisement</div><footer>(c) Ledger</footer></body></html>";
        Assert.Equal($"no article text found in {Source}: the page has no paragraphs outside navigation, ads and promos",
            Fails(Encoding.UTF8.GetBytes(html)).Message);
        Assert.StartsWith("no article text found in", Fails("CLICK HERE TO SUBSCRIBE"u8.ToArray()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_and_whitespace_inputs_are_refused()
    {
        Assert.StartsWith("too large:", Fails(new byte[2000], null, new ExtractionOptions { MaxInputBytes = 1000 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("empty input:", Fails(" \r\n "u8.ToArray()).Message, StringComparison.Ordinal);
    }
}
