using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>The public routes the player posts to, and the keyed summaries; one narrated article for all.</summary>
public sealed class ListeningEndpointsTests(NarratedArticle narrated) : IClassFixture<NarratedArticle>
{
    private static StringContent Beacon(string json) => new(json, System.Text.Encoding.UTF8, "text/plain");

    [Fact]
    public async Task A_beacon_needs_no_key_and_its_counts_reach_the_summary()
    {
        var open = narrated.App.CreateClient();
        using var first = await open.PostAsync($"/listening/{narrated.Id}/stats", Beacon("""{"plays": 1, "seconds": 12.5, "quartiles": [1], "rates": {"1.25": 12.5}}"""));
        using var second = await open.PostAsync($"/listening/{narrated.Id}/stats", Beacon("""{"plays": 0, "seconds": 4, "quartiles": [2]}"""));
        var summary = await narrated.App.KeyedClient().GetFromJsonAsync<JsonElement>($"/api/listening/{narrated.Id}");
        using var unkeyed = await open.GetAsync($"/api/listening/{narrated.Id}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.True(summary.GetProperty("plays").GetInt64() >= 1);
        Assert.True(summary.GetProperty("secondsListened").GetDouble() >= 16.5);
        Assert.True(summary.GetProperty("reachedQuartiles")[1].GetInt64() >= 1);
        Assert.Equal(HttpStatusCode.Unauthorized, unkeyed.StatusCode);
    }

    [Theory]
    [InlineData("""{"plays": 1, "seconds": 1e9}""")]
    [InlineData("""{"plays": 999}""")]
    [InlineData("""{"quartiles": [5]}""")]
    [InlineData("""{"rates": {"fast": 3}}""")]
    [InlineData("""[1, 2]""")]
    [InlineData("""not json""")]
    public async Task A_batch_no_page_view_could_send_is_refused(string body)
    {
        using var response = await narrated.App.CreateClient().PostAsync($"/listening/{narrated.Id}/stats", Beacon(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Statistics_and_reports_for_an_unknown_article_are_404()
    {
        var open = narrated.App.CreateClient();
        using var stats = await open.PostAsync("/listening/nosucharticle/stats", Beacon("""{"plays": 1}"""));
        using var report = await open.PostAsync("/listening/nosucharticle/reports", Beacon("""{"index": 1, "written": "x"}"""));

        Assert.Equal(HttpStatusCode.NotFound, stats.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
    }

    [Fact]
    public async Task A_reported_word_is_listed_for_review_and_an_empty_one_is_refused()
    {
        var open = narrated.App.CreateClient();
        using var good = await open.PostAsync($"/listening/{narrated.Id}/reports", Beacon("""{"index": 2, "written": "timetable", "spoken": "timetable"}"""));
        using var empty = await open.PostAsync($"/listening/{narrated.Id}/reports", Beacon("""{"index": 2, "written": "  "}"""));
        var reports = await narrated.App.KeyedClient().GetFromJsonAsync<JsonElement>("/api/reports");

        Assert.Equal(HttpStatusCode.NoContent, good.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(reports.GetProperty("items").EnumerateArray(), r => r.GetProperty("written").GetString() == "timetable");
    }

    [Fact]
    public async Task The_names_review_lists_the_names_the_lexicon_does_not_know_until_one_is_added()
    {
        var id = await narrated.App.PostAsync(new { text = "Odile Marchetti met Ravi Okonkwo in Port Alder on Friday. The mayor of Port Alder thanked Marchetti.", url = "https://news.example.org/names" });
        await narrated.App.WaitForAsync(id);
        var client = narrated.App.KeyedClient();
        var before = await client.GetFromJsonAsync<JsonElement>("/api/reports/names");
        using var added = await client.PutAsJsonAsync("/api/lexicon/entries/Port Alder", new { spoken = "port all der" });
        var after = await client.GetFromJsonAsync<JsonElement>("/api/reports/names");
        using var unkeyed = await narrated.App.CreateClient().GetAsync("/api/reports/names");

        static IEnumerable<string> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("name").GetString()!);
        var first = before.GetProperty("items")[0];
        Assert.Equal("Port Alder", first.GetProperty("name").GetString());
        Assert.Equal(2, first.GetProperty("count").GetInt32());
        Assert.Equal(id, first.GetProperty("articleIds")[0].GetString());
        Assert.Contains("Ravi Okonkwo", Names(before));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.DoesNotContain("Port Alder", Names(after));
        Assert.Contains("Ravi Okonkwo", Names(after));
        Assert.Equal(HttpStatusCode.Unauthorized, unkeyed.StatusCode);
    }
}
