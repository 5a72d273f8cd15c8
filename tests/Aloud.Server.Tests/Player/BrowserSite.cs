using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Server.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Aloud.Server.Tests.Player;

/// <summary>
/// The real server on a loopback port with one narrated article shown at /demo, and Debian's headless Chromium
/// driven by Playwright. Shared by every browser test (one narration, one browser); each test opens its own page (a fresh context,
/// so storage and highlights never leak between tests).
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _data = Path.Combine(Path.GetTempPath(), "aloud-browser-test-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address { get; private set; } = "";

    public string ArticleId { get; private set; } = "";

    /// <summary>The article's word timings, as the player reads them.</summary>
    public JsonElement Timings { get; private set; }

    public IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        _app = AloudServer.Build([], new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Aloud:Data"] = _data,
            ["Aloud:Workers"] = "2",
            ["Aloud:RateLimitPerMinute"] = "0",
            ["ALOUD_API_KEY"] = AloudAppFactory.Key,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await _app.StartAsync();
        Address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = KeyedClient();
        var paragraphs = Enumerable.Range(0, 6).Select(Samples.Paragraph).Prepend("The harbor master said the new timetable starts on Monday, and that every ferry will now stop at the island pier.");
        using var posted = await http.PostAsJsonAsync("/api/articles", new { html = Samples.Page("Ferries change course for winter", paragraphs), url = "https://news.example.org/ferries", formats = new[] { "mp3" } });
        ArticleId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        for (var i = 0; i < 1200; i++)
        {
            var article = await http.GetFromJsonAsync<JsonElement>($"/api/articles/{ArticleId}");
            if (article.GetProperty("status").GetString() == "done") break;
            Assert.NotEqual("failed", article.GetProperty("status").GetString());
            await Task.Delay(100);
        }
        Timings = await http.GetFromJsonAsync<JsonElement>($"/audio/{ArticleId}.json");
        _app.Services.GetRequiredService<DemoArticle>().Ready(ArticleId);

        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-packages.sh --test");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Audio plays without a click (tests press play programmatically too) and is never heard.
            Args = ["--no-sandbox", "--autoplay-policy=no-user-gesture-required", "--mute-audio"],
        });
    }

    /// <summary>An HTTP client to the site that sends the test key.</summary>
    public HttpClient KeyedClient()
    {
        var http = new HttpClient { BaseAddress = new Uri(Address) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        return http;
    }

    /// <summary>A fresh page at /demo with the player defined and its timings loaded.</summary>
    public async Task<IPage> OpenDemoAsync(BrowserNewContextOptions? options = null)
    {
        var context = await NewContextAsync(options);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Address + "/demo");
        // Ready: timings and audio metadata loaded, and the player's stylesheet applied (the page's text has stopped moving).
        await page.WaitForFunctionAsync("""
            () => { const p = document.querySelector('aloud-player');
              return p?.timings && p.readyState >= 1 && getComputedStyle(p.shadowRoot.querySelector('.player')).display === 'grid'; }
            """);
        return page;
    }

    /// <summary>
    /// A fresh browser context (own storage); the previous test's contexts are closed first, so no page left
    /// playing keeps sending statistics or using the CPU.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        foreach (var old in Browser.Contexts.ToList()) await old.CloseAsync();
        return await Browser.NewContextAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 900 } });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    /// <summary>Where screenshots go: TestResults/browser under the repository (CI keeps TestResults as artifacts).</summary>
    public static string ArtifactsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aloud.slnx"))) dir = dir.Parent;
        var folder = Path.Combine(dir?.FullName ?? Path.GetTempPath(), "TestResults", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>axe-core's script, installed from npm by scripts/install-packages.sh --test.</summary>
    public static string AxeScript()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aloud.slnx"))) dir = dir.Parent;
        var path = Path.Combine(dir?.FullName ?? "", ".build", "test-npm", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), $"{path} is missing: run scripts/install-packages.sh --test");
        return File.ReadAllText(path);
    }
}

/// <summary>The browser tests share one site and one browser, and run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
