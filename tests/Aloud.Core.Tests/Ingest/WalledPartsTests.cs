using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

/// <summary>A paywalled story the page serves whole, its locked part named by its own JSON-LD (tenth blind set's class).</summary>
public class WalledPartsTests
{
    private const string Free = "The ferry company said on Monday it would buy two electric boats, the first of their kind on the lake, for delivery in 2028.";
    private const string Locked1 = "The boats will carry 300 passengers each and charge at the pier in the twenty minutes between crossings, the company said.";
    private const string Locked2 = "Shareholders approved the purchase at a meeting on Friday, and the lake authority has already granted the charging permit.";

    private static string Page(string jsonLd, string lockedAttributes) => $$"""
        <html><head><script type="application/ld+json">{{jsonLd}}</script></head><body><article><h1>Ferry line buys electric boats</h1>
        <div class="story-body"><div class="story-body__free"><p>{{Free}}</p></div>
        <div {{lockedAttributes}}><p>{{Locked1}}</p><p>{{Locked2}}</p></div>
        <div class="paywall-offer"><h2>This story is for subscribers</h2><p>Subscribe for unlimited access to every story and our newsletters.</p></div></div>
        </article></body></html>
        """;

    private const string Marked = """
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry line buys electric boats","isAccessibleForFree":false,
         "hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".story-body__locked"}}
        """;

    private static IReadOnlyList<string> Texts(string html) => HtmlArticleExtractor.Extract(html).Blocks.Select(b => b.Text).ToList();

    [Theory]
    [InlineData("class='story-body__locked paywall' aria-hidden='true'")]
    [InlineData("class='story-body__locked' hidden")]
    [InlineData("class='story-body__locked' style='display:none'")]
    public void The_part_the_page_marks_as_paywalled_is_read_but_not_the_offer(string attributes) =>
        Assert.Equal([Free, Locked1, Locked2], Texts(Page(Marked, attributes)));

    [Fact]
    public void The_flag_may_be_a_string_and_the_selectors_a_list()
    {
        const string json = """
            [{"@type":"NewsArticle","hasPart":[{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":[".nothing-here",".story-body__locked"]}]}]
            """;
        Assert.Equal([Free, Locked1, Locked2], Texts(Page(json, "class='story-body__locked paywall' aria-hidden='true'")));
    }

    [Fact]
    public void A_part_marked_free_or_a_speakable_selector_unlocks_nothing()
    {
        const string json = """
            {"@type":"NewsArticle","speakable":{"@type":"SpeakableSpecification","cssSelector":[".story-body__locked"]},
             "hasPart":{"@type":"WebPageElement","isAccessibleForFree":true,"cssSelector":".story-body__locked"}}
            """;
        Assert.Equal([Free], Texts(Page(json, "class='story-body__locked paywall' aria-hidden='true'")));
    }

    [Theory]
    [InlineData("""{"@type":"NewsArticle","hasPart":{"isAccessibleForFree":false,"cssSelector":"..][not css"}}""")]
    [InlineData("""{"@type":"NewsArticle","hasPart":{"isAccessibleForFree":false,"cssSelector":""" + "\"" + "\"" + "}}")]
    [InlineData("""{"@type":"NewsArticle","hasPart":{"isAccessibleForFree":false,"cssSelector":""")]
    public void A_broken_selector_or_broken_json_is_ignored(string json) =>
        Assert.Equal([Free], Texts(Page(json, "class='story-body__locked paywall' aria-hidden='true'")));
}
