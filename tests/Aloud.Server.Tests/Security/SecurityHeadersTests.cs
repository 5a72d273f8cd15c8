using System.Net;
using Aloud.Server.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// Security headers: nothing is sniffed anywhere; the dashboard's pages carry a policy that runs only its own
/// scripts and may not be framed; the embeddable parts (the player's script, the audio, the demo article page)
/// are loadable from and framable by any site, and still never sniffed.
/// </summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    [Theory]
    [InlineData("/admin")]
    [InlineData("/healthz")]
    [InlineData("/player/aloud-player.js")]
    [InlineData("/feeds/default.xml")]
    [InlineData("/audio/abcdefghjkmn.mp3")]
    [InlineData("/api/articles")]
    [InlineData("/no/such/page")]
    public async Task Every_response_says_nosniff(string path)
    {
        using var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.NotEqual("", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task The_dashboard_runs_only_its_own_scripts_and_cannot_be_framed()
    {
        using var response = await _app.CreateClient().GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_player_script_loads_from_any_site()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/player/aloud-player.js");
        request.Headers.Add("Origin", "https://news.example.org");
        using var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task The_demo_article_page_may_be_framed_by_a_publisher_and_runs_page_scripts_like_one()
    {
        var id = await _app.PostAsync(new { text = Samples.Paragraph(0) });
        await _app.WaitForAsync(id);
        _app.Services.GetRequiredService<DemoArticle>().Ready(id);
        using var response = await _app.CreateClient().GetAsync(new Uri("/demo", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors *", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal); // a publisher's page runs its own scripts too
        Assert.Equal("", Header(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }
}
