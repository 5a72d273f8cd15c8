using System.Net;
using System.Text.Json;
using Aloud.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Admin;

/// <summary>The dashboard's sign-in, session cookie and CSRF protection, over the in-memory server.</summary>
public sealed class AdminSessionTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private HttpClient Client(string scheme = "http") =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://localhost"), AllowAutoRedirect = false, HandleCookies = false });

    private static FormUrlEncodedContent Form(string key) => new([new("key", key)]);

    /// <summary>Signs in and returns the cookie header value ("aloud_admin=...") and the CSRF token.</summary>
    private async Task<(string Cookie, string Csrf)> SignInAsync(HttpClient client)
    {
        using var login = await client.PostAsync("/admin/login", Form(AloudAppFactory.Key));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/session");
        request.Headers.Add("Cookie", cookie);
        using var session = await client.SendAsync(request);
        var csrf = JsonDocument.Parse(await session.Content.ReadAsStringAsync()).RootElement.GetProperty("csrf").GetString()!;
        return (cookie, csrf);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string path, string? cookie, string? csrf = null, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        if (csrf is not null) request.Headers.Add("X-CSRF-Token", csrf);
        if (json is not null) request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Over_TLS_the_session_cookie_is_HttpOnly_SameSite_Strict_and_Secure()
    {
        using var login = await Client("https").PostAsync("/admin/login", Form(AloudAppFactory.Key));
        var cookie = login.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant();

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain(AloudAppFactory.Key.ToLowerInvariant(), cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_plain_HTTP_the_cookie_is_not_marked_Secure_so_the_local_demo_can_sign_in()
    {
        using var login = await Client().PostAsync("/admin/login", Form(AloudAppFactory.Key));

        Assert.DoesNotContain("secure", login.Headers.GetValues("Set-Cookie").Single().ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_reads_the_API_but_a_write_needs_its_CSRF_token()
    {
        var client = Client();
        var (cookie, csrf) = await SignInAsync(client);
        const string Entry = """{"spoken": "kin tair oh"}""";

        Assert.Equal(HttpStatusCode.OK, await SendAsync(client, HttpMethod.Get, "/api/articles", cookie));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(client, HttpMethod.Put, "/api/lexicon/entries/Quintero", cookie, null, Entry));
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(client, HttpMethod.Put, "/api/lexicon/entries/Quintero", cookie, csrf + "0", Entry));
        Assert.Equal(HttpStatusCode.OK, await SendAsync(client, HttpMethod.Put, "/api/lexicon/entries/Quintero", cookie, csrf, Entry));
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(client, HttpMethod.Get, "/api/articles", null));
    }

    [Fact]
    public async Task A_wrong_key_a_tampered_cookie_and_a_foreign_origin_are_refused()
    {
        var client = Client();
        using var wrong = await client.PostAsync("/admin/login", Form("not-the-key-0000000000"));
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = Form(AloudAppFactory.Key) };
        foreign.Headers.Add("Origin", "https://attacker.example");
        using var fromElsewhere = await client.SendAsync(foreign);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.Forbidden, fromElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(client, HttpMethod.Get, "/api/articles", "aloud_admin=CfDJ8forged"));
    }

    [Fact]
    public async Task Revoking_the_key_ends_its_sessions()
    {
        var client = Client();
        var (cookie, _) = await SignInAsync(client);
        var keys = _app.Services.GetRequiredService<IKeyStore>();
        var key = (await keys.ListAsync()).Single(k => k.Name == "ALOUD_API_KEY");
        await keys.RevokeAsync(key.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, await SendAsync(client, HttpMethod.Get, "/api/articles", cookie));
    }

    [Fact]
    public async Task The_dashboard_page_asks_for_a_key_until_signed_in_and_forbids_framing()
    {
        var client = Client();
        using var anonymous = await client.GetAsync("/admin");
        var (cookie, _) = await SignInAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var signedIn = await client.SendAsync(request);

        Assert.Contains("name=\"key\"", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", anonymous.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("id=\"article-rows\"", await signedIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
