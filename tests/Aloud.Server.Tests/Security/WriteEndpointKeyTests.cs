using System.Net;
using System.Net.Http.Headers;
using Aloud.Store;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// Every write endpoint the service maps (found from its routing table, so a new one cannot be forgotten) refuses
/// a request with no key, a wrong key and a revoked key with 401, and a read-only key with 403; the few public
/// writes are listed with the reason they are public and are tested elsewhere.
/// </summary>
public sealed class WriteEndpointKeyTests : IDisposable
{
    /// <summary>Writes that are public by design, and why.</summary>
    private static readonly Dictionary<string, string> Public = new(StringComparer.Ordinal)
    {
        ["/admin/login"] = "signs in with a key given in the body (AdminSessionTests)",
        ["/admin/logout"] = "ends the caller's own session",
        ["/hooks/articles"] = "signed with the hook's secret instead (WebhookTests)",
        ["/listening/{id}/stats"] = "the player's anonymous beacon, rate-limited per address (ListeningEndpointsTests)",
        ["/listening/{id}/reports"] = "a listener's word report, rate-limited per address (ListeningEndpointsTests)",
    };

    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private List<(string Method, string Route)> WriteRoutes()
    {
        _app.CreateClient().Dispose();   // starts the host
        return _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.Trim('/'))))
            .Where(r => r.Method is "POST" or "PUT" or "DELETE" or "PATCH" && !Public.ContainsKey(r.Route))
            .Distinct().ToList();
    }

    private static string Path(string route) => System.Text.RegularExpressions.Regex.Replace(route, "\\{[^}]+\\}", "abcdefghjkmn", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));

    private async Task<List<string>> WrongAnswersAsync(string? key, HttpStatusCode expected)
    {
        var wrong = new List<string>();
        foreach (var (method, route) in WriteRoutes())
        {
            using var client = _app.CreateClient();
            if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var request = new HttpRequestMessage(new HttpMethod(method), Path(route))
            {
                Content = new StringContent("{\"text\": \"Hello there.\", \"url\": \"https://news.example.org/a\", \"input\": \"Hi.\", \"model\": \"tts-1\", \"voice\": \"alloy\"}", System.Text.Encoding.UTF8, "application/json"),
            };
            using var response = await client.SendAsync(request);
            if (response.StatusCode != expected) wrong.Add($"{method} {route}: {(int)response.StatusCode}");
        }
        return wrong;
    }

    [Fact]
    public void The_routing_table_has_the_write_endpoints_this_test_means_to_check()
    {
        var routes = WriteRoutes().Select(r => $"{r.Method} {r.Route}").ToList();
        Assert.Contains("POST /api/articles", routes);
        Assert.Contains("PUT /api/lexicon/entries/{written}", routes);
        Assert.Contains("POST /api/feeds", routes);
        Assert.Contains("POST /v1/audio/speech", routes);
        Assert.True(routes.Count >= 12, string.Join(", ", routes));
    }

    [Fact]
    public async Task No_key_is_401_on_every_write() => Assert.Empty(await WrongAnswersAsync(null, HttpStatusCode.Unauthorized));

    [Fact]
    public async Task A_wrong_key_is_401_on_every_write() => Assert.Empty(await WrongAnswersAsync("aloud_not-a-real-key-0000000000", HttpStatusCode.Unauthorized));

    [Fact]
    public async Task A_revoked_key_is_401_on_every_write()
    {
        _app.CreateClient().Dispose();
        var keys = _app.Services.GetRequiredService<IKeyStore>();
        var created = await keys.CreateAsync("revoked-in-test", readOnly: false);
        Assert.True(await keys.RevokeAsync(created.Info.Id));
        Assert.Empty(await WrongAnswersAsync(created.Secret, HttpStatusCode.Unauthorized));
    }

    [Fact]
    public async Task A_read_only_key_is_403_on_every_write()
    {
        _app.CreateClient().Dispose();
        var created = await _app.Services.GetRequiredService<IKeyStore>().CreateAsync("reader", readOnly: true);
        Assert.Empty(await WrongAnswersAsync(created.Secret, HttpStatusCode.Forbidden));
    }
}
