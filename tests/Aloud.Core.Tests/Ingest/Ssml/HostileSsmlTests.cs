using System.Text;
using Aloud.Ingest;
using Aloud.Ingest.Ssml;
using Aloud.Script;

namespace Aloud.Tests.Ingest.Ssml;

public class HostileSsmlTests
{
    [Fact]
    public void Entity_expansion_is_refused()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE speak [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <speak>&b;</speak>
            """;
        var error = Assert.Throws<AloudInputException>(() => SsmlReader.Read(bomb));
        Assert.Contains("DTD", error.Message);
    }

    [Fact]
    public void External_entities_are_refused() =>
        Assert.Throws<AloudInputException>(() => SsmlReader.Read("<speak>&xxe;</speak>"));

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = "<speak>" + string.Concat(Enumerable.Repeat("<emphasis>", 100)) + "x" + string.Concat(Enumerable.Repeat("</emphasis>", 100)) + "</speak>";
        var error = Assert.Throws<AloudInputException>(() => SsmlReader.Read(deep));
        Assert.Contains("deeper than", error.Message);
    }

    [Fact]
    public void A_huge_document_is_refused()
    {
        var huge = new StringBuilder("<speak>").Append('a', (int)SsmlReader.MaxCharacters).Append("</speak>").ToString();
        Assert.Throws<AloudInputException>(() => SsmlReader.Read(huge));
    }

    [Fact]
    public void Tens_of_thousands_of_rates_and_overrides_in_one_paragraph_are_read_in_linear_time()
    {
        const int count = 30_000;
        var ssml = new StringBuilder("<speak><p>");
        for (var i = 0; i < count; i++)
        {
            ssml.Append(i % 2 == 0 ? "<prosody rate=\"fast\">a</prosody> " : "<sub alias=\"bee\">b</sub> ");
            ssml.Append(i % 100 == 99 ? "End. " : "");
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var article = SsmlReader.Read(ssml.Append("</p></speak>").ToString()).Article;
        var script = new ScriptWriter().Write(article);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(count / 2, script.Sentences.SelectMany(s => s.Words).Count(w => w.Spoken == "bee"));
        Assert.All(script.Sentences, s => Assert.Equal(s.Words[0].Spoken == "a" ? 1.3 : 1.0, s.Rate));
    }

    [Theory]
    [InlineData("<speak><p>unclosed</speak>", "not valid XML")]
    [InlineData("<voice>hi</voice>", "must start with <speak>")]
    [InlineData("<speak><say-as interpret-as=\"characters\">A<break/>B</say-as></speak>", "may hold only text")]
    public void Broken_documents_are_one_line_errors(string ssml, string expected)
    {
        var error = Assert.Throws<AloudInputException>(() => SsmlReader.Read(ssml));
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void ArticleReader_sniffs_ssml_by_its_root()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!-- news -->\n<speak><p>The <sub alias=\"doctor\">Dr.</sub> spoke.</p></speak>");
        Assert.Equal(ContentKind.Ssml, ContentSniffer.Sniff(bytes).Kind);
        var article = ArticleReader.Read(bytes, null, null, ExtractionOptions.Default);
        Assert.Equal("The Dr. spoke.", Assert.Single(article.Blocks).Text);
        var script = new ScriptWriter().Write(article);
        Assert.Equal("The doctor spoke.", Assert.Single(script.Sentences).SpokenText);
        Assert.Equal(ContentKind.Html, ContentSniffer.Sniff(Encoding.UTF8.GetBytes("<html><p>speak</p></html>")).Kind);
        var withDtd = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE speak [<!ENTITY a \"a\">]>\n<speak>&a;</speak>");
        Assert.Equal(ContentKind.Ssml, ContentSniffer.Sniff(withDtd).Kind);
        Assert.Contains("DTD", Assert.Throws<AloudInputException>(() => ArticleReader.Read(withDtd, null, null, ExtractionOptions.Default)).Message);
        var empty = Encoding.UTF8.GetBytes("<speak> <break/> </speak>");
        Assert.Contains("SSML has no text", Assert.Throws<AloudInputException>(() => ArticleReader.Read(empty, null, null, ExtractionOptions.Default)).Message);
    }
}
