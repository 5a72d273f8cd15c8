using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Server.Tests.Player;
using Microsoft.Playwright;

namespace Aloud.Server.Tests.Admin;

/// <summary>The editors' dashboard in headless Chromium: sign in with a key, see the articles and reports, preview a pronunciation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserSite site)
{
    private async Task<IPage> SignInAsync(BrowserNewContextOptions? options = null)
    {
        var context = await site.NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Address + "/admin");
        await page.GetByLabel("API key").FillAsync(AloudAppFactory.Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForSelectorAsync("body[data-loaded]");
        return page;
    }

    [Fact]
    public async Task A_wrong_key_stays_on_the_sign_in_page_with_an_error()
    {
        var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Address + "/admin");
        await page.GetByLabel("API key").FillAsync("not-a-key-at-all-0000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        Assert.Equal("That key is not valid.", (await page.GetByRole(AriaRole.Alert).TextContentAsync())?.Trim());
        Assert.Empty(await context.CookiesAsync());
    }

    [Fact]
    public async Task Signed_in_the_dashboard_lists_the_article_plays_it_and_shows_reported_words_most_frequent_first()
    {
        using (var http = new HttpClient { BaseAddress = new Uri(site.Address) })
        {
            foreach (var word in new[] { "harbor", "ferry", "ferry", "ferry" })
            {
                using var sent = await http.PostAsync($"/listening/{site.ArticleId}/reports", new StringContent($$"""{"index": 3, "written": "{{word}}", "spoken": "{{word}}"}"""));
                Assert.Equal(System.Net.HttpStatusCode.NoContent, sent.StatusCode);
            }
        }
        var page = await SignInAsync();
        var row = page.Locator($"#article-rows tr[data-id='{site.ArticleId}']");
        var status = await row.Locator(".status").TextContentAsync();
        var reviewFirst = await page.Locator("#review-rows tr").First.Locator("td").First.TextContentAsync();
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "aloud_admin");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ArtifactsFolder(), "dashboard-wide.png"), FullPage = true });

        await row.GetByRole(AriaRole.Button, new() { NameString = "Play" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#player-slot aloud-player')?.timings");
        await page.EvaluateAsync("() => document.querySelector('#player-slot aloud-player').play()");
        await page.WaitForFunctionAsync("() => document.querySelector('#player-slot aloud-player').currentTime > 0.5");

        Assert.Equal("done", status);
        Assert.Equal("ferry", reviewFirst);
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
    }

    [Fact]
    public async Task Editing_an_article_in_the_dashboard_narrates_its_new_version()
    {
        // An article of this test's own: the shared one stays as the player tests expect it.
        string id;
        using (var http = site.KeyedClient())
        {
            using var posted = await http.PostAsJsonAsync("/api/articles", new { text = "The tide table was printed today. Boats may leave at noon." });
            id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await WaitForRevisionAsync(http, id, 1);
        }
        var page = await SignInAsync();
        var row = page.Locator($"#article-rows tr[data-id='{id}']");

        await row.GetByRole(AriaRole.Button, new() { NameString = "Edit" }).ClickAsync();
        var editor = page.GetByLabel("Content (text)");
        Assert.Contains("Boats may leave at noon.", await editor.InputValueAsync(), StringComparison.Ordinal);
        await editor.FillAsync("The tide table was printed today. Boats may leave at one.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and narrate" }).ClickAsync();
        await page.Locator("#message").Filter(new() { HasTextString = "narrated again" }).WaitForAsync();

        using var client = site.KeyedClient();
        var article = await WaitForRevisionAsync(client, id, 2);
        Assert.Equal(2, article.GetProperty("currentVersion").GetInt32());
    }

    private static async Task<JsonElement> WaitForRevisionAsync(HttpClient http, string id, int revision)
    {
        for (var i = 0; i < 600; i++)
        {
            var article = await http.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            if (article.GetProperty("audio") is { ValueKind: JsonValueKind.Object } audio && audio.GetProperty("revision").GetInt32() >= revision) return article;
            await Task.Delay(100);
        }
        throw new TimeoutException($"article {id} did not reach revision {revision}");
    }

    [Fact]
    public async Task Hear_it_synthesises_the_respelling_and_plays_it()
    {
        var page = await SignInAsync();
        await page.GetByLabel("Written").FillAsync("Marchetti");
        await page.GetByLabel("Say it as").FillAsync("mar ketty");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hear it" }).ClickAsync();
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('#preview'); return a && a.currentTime > 0.2; }");

        var message = await page.Locator("#message").TextContentAsync();
        Assert.Contains("Playing \"mar ketty\"", message, StringComparison.Ordinal);
        Assert.Contains("saving would narrate again 0 article(s)", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_an_entry_lists_it_and_says_what_will_be_narrated_again()
    {
        var page = await SignInAsync();
        // A word the article does not contain: nothing is narrated again, so the other tests' article stays as it is.
        await page.GetByLabel("Written").FillAsync("Quintero");
        await page.GetByLabel("Say it as").FillAsync("kin tair oh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#lexicon-rows td").Filter(new() { HasTextString = "kin tair oh" }).WaitForAsync();

        using var http = site.KeyedClient();
        var lexicon = await http.GetFromJsonAsync<JsonElement>("/api/lexicon");
        Assert.Contains(lexicon.GetProperty("entries").EnumerateArray(), e => e.GetProperty("written").GetString() == "Quintero");
        Assert.Matches("Saved lexicon version \\d+: 0 article", await page.Locator("#message").TextContentAsync() ?? "");
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_dashboard_and_screenshots_are_kept()
    {
        // The dashboard's CSP forbids inline scripts; the test lets axe's own script in.
        var page = await SignInAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, ColorScheme = ColorScheme.Dark, BypassCSP = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ArtifactsFolder(), "dashboard-dark-390.png"), FullPage = true });
        await page.AddScriptTagAsync(new() { Content = BrowserSite.AxeScript() });
        var violations = await page.EvaluateAsync<string[]>("async () => (await axe.run()).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))");

        Assert.Empty(violations);
    }
}
