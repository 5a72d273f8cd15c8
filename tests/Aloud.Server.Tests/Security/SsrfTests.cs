using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Ingest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// URL ingestion through the service (POST /api/articles {url}) never reaches this machine or its network: every
/// loopback, private and metadata address form is refused at once, a name resolving to loopback too, a name that
/// changes its answer between the check and the fetch (DNS rebinding) is refused at the fetch, and so is a
/// redirect into any of them. A real loopback server counts every request that gets through: none may.
/// </summary>
public sealed class SsrfTests : IAsyncLifetime
{
    /// <summary>The name of the publisher's server in these tests: resolved to 127.0.0.1 and allowed, so its redirects can be tried.</summary>
    private const string Publisher = "publisher.test";

    private const string Rebinding = "rebind.test";

    private readonly AloudAppFactory _plain = new();
    private readonly AloudAppFactory _base = new();
    private WebApplicationFactory<Program>? _app;
    private WebApplication? _server;
    private int _port;
    private int _secretHits;
    private int _rebindLookups;

    public async Task InitializeAsync()
    {
        _server = WebApplication.CreateBuilder().Build();
        _server.Urls.Add("http://127.0.0.1:0");
        _server.MapGet("/go", (string to) => Results.Redirect(to));
        _server.MapGet("/secret", () =>
        {
            Interlocked.Increment(ref _secretHits);
            return Results.Text("<html><body><p>Internal secret page that must never be narrated to anyone.</p></body></html>", "text/html");
        });
        await _server.StartAsync();
        _port = new Uri(_server.Urls.First()).Port;

        // The service's fetch rules as configured by default, except that two invented names resolve without DNS.
        var fetch = SafeFetchOptions.Default with
        {
            AllowedHosts = new HashSet<string>([Publisher], StringComparer.OrdinalIgnoreCase),
            Resolver = (host, token) => host switch
            {
                Publisher => Task.FromResult(new[] { IPAddress.Loopback }),
                // A public answer for the check, then loopback for whoever asks next.
                Rebinding => Task.FromResult(new[] { Interlocked.Increment(ref _rebindLookups) == 1 ? IPAddress.Parse("93.184.216.34") : IPAddress.Loopback }),
                _ => Dns.GetHostAddressesAsync(host, token),
            },
        };
        _app = _base.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton(fetch)));
    }

    public async Task DisposeAsync()
    {
        _app?.Dispose();
        _base.Dispose();
        _plain.Dispose();
        await _server!.DisposeAsync();
    }

    /// <summary>Every address form of the issue, pointing at the loopback server's secret where the form can carry a port.</summary>
    public static TheoryData<string> Forbidden => new(
        "http://127.0.0.1:{port}/secret",
        "http://10.0.0.1/secret",
        "http://172.16.0.1/secret",
        "http://172.31.255.254/secret",
        "http://192.168.0.1/secret",
        "http://100.64.0.1/secret",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]:{port}/secret",
        "http://[::ffff:127.0.0.1]:{port}/secret",
        "http://0x7f000001:{port}/secret",
        "http://2130706433:{port}/secret",
        "http://017700000001:{port}/secret",
        "http://127.1:{port}/secret",
        "http://0.0.0.0:{port}/secret",
        "http://localhost:{port}/secret");

    private string Url(string form) => form.Replace("{port}", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task A_url_to_a_forbidden_address_is_refused_when_submitted(string form)
    {
        using var response = await _plain.KeyedClient().PostAsJsonAsync("/api/articles", new { url = Url(form) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("refused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await _plain.KeyedClient().GetFromJsonAsync<JsonElement>("/api/articles")).GetProperty("total").GetInt32());
        Assert.Equal(0, _secretHits);
    }

    [Theory]
    [MemberData(nameof(Forbidden))]
    public async Task A_redirect_into_a_forbidden_address_is_refused_at_the_fetch(string form)
    {
        var start = $"http://{Publisher}:{_port}/go?to={Uri.EscapeDataString(Url(form))}";
        var article = await FailedAsync(start);
        Assert.StartsWith("refused", article.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _secretHits);
    }

    [Fact]
    public async Task A_name_that_rebinds_to_loopback_after_the_check_is_refused_at_the_fetch()
    {
        var article = await FailedAsync($"http://{Rebinding}:{_port}/secret");
        Assert.Equal($"refused: {Rebinding} resolves to a loopback address 127.0.0.1", article.GetProperty("error").GetString());
        Assert.Equal(0, _secretHits);
        Assert.True(_rebindLookups >= 2);
    }

    [Fact]
    public async Task The_allowed_publisher_itself_is_fetched_so_the_refusals_above_are_not_a_broken_fetch()
    {
        // /secret under the allowed name: the one way in, proving the server and the fetch path work.
        var article = await SettledAsync($"http://{Publisher}:{_port}/secret");
        Assert.Equal("done", article.GetProperty("status").GetString());
        Assert.Equal(1, _secretHits);
        _secretHits = 0;
    }

    private async Task<string> PostAsync(string url)
    {
        var client = _app!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        using var response = await client.PostAsJsonAsync("/api/articles", new { url });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> FailedAsync(string url)
    {
        var article = await SettledAsync(url);
        Assert.Equal("failed", article.GetProperty("status").GetString());
        return article;
    }

    /// <summary>Posts the URL and waits until its narration is done or failed.</summary>
    private async Task<JsonElement> SettledAsync(string url)
    {
        var id = await PostAsync(url);
        var client = _app!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        for (var i = 0; i < 600; i++)
        {
            var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            var status = article.GetProperty("status").GetString();
            if (status is "failed" or "done") return article;
            await Task.Delay(100);
        }
        Assert.Fail($"article {id} for {url} neither failed nor finished in 60 s");
        return default;
    }
}
