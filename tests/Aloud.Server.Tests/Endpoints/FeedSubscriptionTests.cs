using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>A publisher's RSS feed served on loopback by a real Kestrel, which the service polls over real HTTP.</summary>
public sealed class FeedSubscriptionTests : IAsyncLifetime
{
    private readonly AloudAppFactory _app = new(new() { ["Aloud:AllowPrivateHosts"] = "true", ["Aloud:FeedMinIntervalSeconds"] = "1" });
    private WebApplication? _publisher;
    private string _feedUrl = "";

    public async Task InitializeAsync()
    {
        _publisher = WebApplication.CreateBuilder().Build();
        _publisher.Urls.Add("http://127.0.0.1:0");
        _publisher.MapGet("/rss.xml", () => Results.Text(Rss(), "application/rss+xml"));
        await _publisher.StartAsync();
        _feedUrl = _publisher.Urls.First() + "/rss.xml";
    }

    public async Task DisposeAsync()
    {
        await _publisher!.DisposeAsync();
        _app.Dispose();
    }

    private static string Rss()
    {
        var story = string.Concat(Enumerable.Range(0, 5).Select(i => $"<p>{Samples.Paragraph(i)}</p>"));
        string Item(int n) => $"<item><title>Harbour report {n}</title><link>https://news.example.org/harbour-{n}</link><guid>harbour-{n}</guid>"
            + $"<pubDate>Tue, 0{n} Dec 2026 08:00:00 GMT</pubDate><description><![CDATA[{story}]]></description></item>";
        return $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbour News</title><link>https://news.example.org/</link>{Item(1)}{Item(2)}</channel></rss>";
    }

    [Fact]
    public async Task A_followed_feeds_items_are_narrated_and_listed_in_its_podcast()
    {
        var client = _app.KeyedClient();
        using var added = await client.PostAsJsonAsync("/api/feeds", new { url = _feedUrl, name = "harbour" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);

        JsonElement list = default;
        for (var i = 0; i < 600; i++)
        {
            list = await client.GetFromJsonAsync<JsonElement>("/api/articles?status=done");
            if (list.GetProperty("total").GetInt32() == 2) break;
            await Task.Delay(100);
        }
        var podcast = XDocument.Parse(await _app.CreateClient().GetStringAsync("/feeds/harbour.xml"));
        var feed = await client.GetFromJsonAsync<JsonElement>("/api/feeds/harbour");
        using var duplicate = await client.PostAsJsonAsync("/api/feeds", new { url = _feedUrl, name = "harbour" });

        Assert.Equal(2, list.GetProperty("total").GetInt32());
        Assert.Equal(["Harbour report 2", "Harbour report 1"], podcast.Descendants("item").Select(i => i.Element("title")!.Value));
        Assert.Equal(2, feed.GetProperty("itemsSeen").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
    }

    [Fact]
    public async Task A_feed_on_a_private_address_is_refused_when_private_hosts_are_not_allowed()
    {
        using var strict = new AloudAppFactory();
        using var response = await strict.KeyedClient().PostAsJsonAsync("/api/feeds", new { url = _feedUrl });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
