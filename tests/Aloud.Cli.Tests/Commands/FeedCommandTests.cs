using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary><c>aloud feed</c> lists items from standard input, as text or JSON, and fails clearly on a broken feed.</summary>
public class FeedCommandTests
{
    private const string Rss = """
        <rss version="2.0"><channel><title>Millbrook Gazette</title>
        <item><title>Footbridge to reopen</title><link>https://gazette.example/news/footbridge</link>
        <guid isPermaLink="false">gazette-1041</guid><pubDate>Tue, 03 Jun 2025 08:15:00 GMT</pubDate>
        <description>The council votes to reopen the footbridge.</description></item>
        </channel></rss>
        """;

    [Fact]
    public void Lists_items_as_text()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Rss), "feed", "-");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2025-06-03 08:15  teaser  Footbridge to reopen", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("id: gazette-1041", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_items_as_json()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(Rss), "feed", "-", "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StandardOutput);
        var item = Assert.Single(json.RootElement.EnumerateArray().ToList());
        Assert.Equal("gazette-1041", item.GetProperty("id").GetString());
        Assert.Equal("https://gazette.example/news/footbridge", item.GetProperty("link").GetString());
        Assert.False(item.GetProperty("fullText").GetBoolean());
    }

    [Fact]
    public void A_malformed_feed_is_bad_input()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("<rss><channel>"), "feed", "-");
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("aloud: malformed feed standard input:", result.StandardError, StringComparison.Ordinal);
    }
}
