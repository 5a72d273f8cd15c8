using System.Net.Http.Json;
using System.Text.Json;

namespace Aloud.Server.Tests.Player;

/// <summary>What the player sends back: listening statistics by beacon, and a reported mispronunciation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListeningBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_statistics_of_a_scripted_listen_arrive_and_are_summarised()
    {
        using var http = site.KeyedClient();
        var before = await http.GetFromJsonAsync<JsonElement>($"/api/listening/{site.ArticleId}");
        var page = await site.OpenDemoAsync();
        await page.EvaluateAsync("""
            async () => { const p = document.querySelector('aloud-player'); p.playbackRate = 1.5; await p.play();
              await new Promise(r => setTimeout(r, 2500)); p.pause(); }
            """);

        // Only this test listens at 1.5x, so the seconds at that speed are this listen's alone.
        static double AtSpeed(JsonElement summary) => summary.GetProperty("secondsByRate").TryGetProperty("1.5", out var s) ? s.GetDouble() : 0;
        var after = before;
        for (var i = 0; i < 50 && AtSpeed(after) == 0; i++)
        {
            await Task.Delay(100);
            after = await http.GetFromJsonAsync<JsonElement>($"/api/listening/{site.ArticleId}");
        }

        Assert.True(after.GetProperty("plays").GetInt64() > before.GetProperty("plays").GetInt64(), after.ToString());
        Assert.InRange(AtSpeed(after), 2, 5);
        Assert.True(after.GetProperty("secondsListened").GetDouble() - before.GetProperty("secondsListened").GetDouble() >= 2, after.ToString());
    }

    [Fact]
    public async Task A_selected_word_can_be_reported_and_reaches_the_review_list()
    {
        var page = await site.OpenDemoAsync();
        // Select "lighthouse" in the article as a reader would, by dragging over it.
        var box = await page.EvaluateAsync<JsonElement>("""
            () => { const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
              for (let n = w.nextNode(); n; n = w.nextNode()) { const i = n.data.indexOf('lighthouse');
                if (i >= 0) { const r = new Range(); r.setStart(n, i); r.setEnd(n, i + 10); const b = r.getBoundingClientRect();
                  return { x: b.left + 1, y: b.top + b.height / 2, right: b.right - 1 }; } } return null; }
            """);
        await page.Mouse.MoveAsync(box.GetProperty("x").GetSingle(), box.GetProperty("y").GetSingle());
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.GetProperty("right").GetSingle(), box.GetProperty("y").GetSingle(), new() { Steps = 5 });
        await page.Mouse.UpAsync();
        var report = page.Locator("aloud-player button.report");
        await report.WaitForAsync();
        var label = await report.TextContentAsync();
        await report.ClickAsync();
        await page.Locator("aloud-player .status").Filter(new() { HasTextString = "Thank you" }).WaitForAsync();

        using var http = site.KeyedClient();
        var reports = await http.GetFromJsonAsync<JsonElement>("/api/reports");
        Assert.Contains("lighthouse", label, StringComparison.Ordinal);
        Assert.Contains(reports.GetProperty("items").EnumerateArray(), r => r.GetProperty("written").GetString() == "lighthouse" && r.GetProperty("articleIds")[0].GetString() == site.ArticleId);
    }
}
