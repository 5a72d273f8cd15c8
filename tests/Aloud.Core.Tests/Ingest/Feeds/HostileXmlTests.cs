using System.Text;
using Aloud.Ingest;
using Aloud.Ingest.Feeds;

namespace Aloud.Tests.Ingest.Feeds;

/// <summary>Feeds are untrusted XML: entity bombs and external entities must never expand or read files.</summary>
public sealed class HostileXmlTests : IDisposable
{
    private const string Secret = "TOP-SECRET-7f3a9c";
    private readonly string _dir = Directory.CreateTempSubdirectory("aloud-xxe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static AloudInputException Refusal(string xml) =>
        Assert.Throws<AloudInputException>(() => FeedReader.Parse(Encoding.UTF8.GetBytes(xml), "application/rss+xml", null));

    [Fact]
    public void Billion_laughs_is_refused_without_expanding()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [{entities}]><rss><channel><title>&lol9;</title></channel></rss>";
        var e = Refusal(xml);
        Assert.Contains("declares XML entities", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entities_never_read_files()
    {
        var secretFile = Path.Combine(_dir, "secret.txt");
        File.WriteAllText(secretFile, Secret);
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"{new Uri(secretFile)}\">]>"
            + "<rss><channel><title>&xxe;</title><item><title>&xxe;</title></item></channel></rss>";
        var e = Refusal(xml);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.InnerException?.Message ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_dtd_is_not_fetched_so_its_entities_stay_undeclared()
    {
        // The DOCTYPE itself declares nothing, so it passes the entity scan; the DTD it names holds the attack.
        var dtd = Path.Combine(_dir, "evil.dtd");
        var secretFile = Path.Combine(_dir, "secret.txt");
        File.WriteAllText(secretFile, Secret);
        File.WriteAllText(dtd, $"<!ENTITY xxe SYSTEM \"{new Uri(secretFile)}\">");
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"{new Uri(dtd)}\"><rss><channel><title>&xxe;</title></channel></rss>";
        var e = Refusal(xml);
        Assert.StartsWith("malformed feed", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_harmless_doctype_is_ignored()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
            + "<rss version=\"0.91\"><channel><title>Old &amp; fine</title><item><title>One</title><link>https://old.example/1</link></item></channel></rss>";
        var feed = FeedReader.Parse(Encoding.UTF8.GetBytes(xml), null, null);
        Assert.Equal("Old & fine", feed.Title);
        Assert.Single(feed.Items);
    }

    [Fact]
    public void An_item_nested_two_hundred_thousand_deep_is_refused_without_overflowing_the_stack()
    {
        const int depth = 200_000;
        var xml = new StringBuilder("<rss><channel><title>Deep</title><item><title>Story</title><description>");
        xml.Insert(xml.Length, "<x>", depth).Append("text").Insert(xml.Length, "</x>", depth);
        xml.Append("</description></item></channel></rss>");
        var e = Refusal(xml.ToString());
        Assert.Equal($"refused: standard input nests XML elements deeper than {SafeXml.MaxDepth} levels", e.Message);
    }

    [Fact]
    public void Nesting_within_the_limit_is_read()
    {
        var nest = string.Concat(Enumerable.Repeat("<x>", 100)) + "deep words" + string.Concat(Enumerable.Repeat("</x>", 100));
        var feed = FeedReader.Parse(Encoding.UTF8.GetBytes($"<rss><channel><title>T</title><item><title>{nest}</title></item></channel></rss>"), "application/rss+xml", null);
        Assert.Equal("deep words", Assert.Single(feed.Items).Title);
    }
}
