using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public sealed class PublisherRulesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-rules-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(_folder, "rules.json");
        File.WriteAllText(path, json);
        return path;
    }

    private const string Page = """
        <html><body><article>
        <p>The harbor ferry will run twice an hour from Monday, the port authority said on Tuesday.</p>
        <p class="ledger-extra">Ledger readers saw an early version of this story on Monday night.</p>
        <p>Tune in to Harbor Hour every Friday at noon for more on the boats.</p>
        <p>Officials expect the new schedule to cut waiting times on the busiest mornings by half.</p>
        </article></body></html>
        """;

    [Fact]
    public void Rules_from_a_file_drop_selectors_and_promo_phrases()
    {
        var rules = PublisherRules.Load(Write("""
            { "promoPhrases": ["Tune in to Harbor Hour"], "dropSelectors": [".ledger-extra"], // comments are fine
              "credits": false, }
            """));
        var options = rules.ApplyTo(ExtractionOptions.Default);
        var article = HtmlArticleExtractor.Extract(Page, null, options);
        Assert.Equal(2, article.Blocks.Count);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("Harbor Hour") || b.Text.Contains("early version"));
        Assert.False(options.IncludeCredits);
        Assert.False(options.IncludeCaptions);
    }

    [Fact]
    public void Without_rules_the_same_page_keeps_those_paragraphs() =>
        Assert.Equal(4, HtmlArticleExtractor.Extract(Page).Blocks.Count);

    [Theory]
    [InlineData("""{ "dropSelector": [".x"] }""", "dropSelector")]
    [InlineData("""{ "dropSelectors": ["div[[["] }""", "invalid CSS selector in dropSelectors")]
    [InlineData("""{ "promoPhrases": "one" }""", "not valid")]
    [InlineData("""not json""", "not valid")]
    public void A_mistake_in_the_file_is_one_clear_error(string json, string expected)
    {
        var error = Assert.Throws<AloudInputException>(() => PublisherRules.Load(Write(json)));
        Assert.Contains(expected, error.Message);
        Assert.Contains("rules file", error.Message);
    }

    [Fact]
    public void A_missing_file_is_an_input_error() =>
        Assert.Contains("cannot read rules file", Assert.Throws<AloudInputException>(() => PublisherRules.Load(Path.Combine(_folder, "none.json"))).Message);
}
