using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Aloud.Server.Security;

namespace Aloud.Server.Tests.Security;

public sealed class WebhookTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(string Id, string Secret)> CreateHook()
    {
        using var response = await _app.KeyedClient().PostAsJsonAsync("/api/hooks", new { name = "wordpress" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var hook = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (hook.GetProperty("id").GetString()!, hook.GetProperty("secret").GetString()!);
    }

    private static byte[] Post(string status = "publish") => JsonSerializer.SerializeToUtf8Bytes(new
    {
        id = 4411,
        status,
        link = "https://news.example.org/2026/12/bridge-repairs",
        title = new { rendered = "Bridge repairs finish early" },
        content = new { rendered = "<p>" + Samples.Paragraph(0) + "</p><p>" + Samples.Paragraph(1) + "</p>" },
    });

    private Task<HttpResponseMessage> Deliver(string hookId, byte[] body, long timestamp, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/articles") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.HookHeader, hookId);
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, signature);
        return _app.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task A_signed_publish_notification_narrates_the_post()
    {
        var (id, secret) = await CreateHook();
        var body = Post();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await Deliver(id, body, now, WebhookSignature.Sign(secret, now, body));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var articleId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var article = await _app.WaitForAsync(articleId);
        Assert.Equal("Bridge repairs finish early", article.GetProperty("title").GetString());
        Assert.Equal("https://news.example.org/2026/12/bridge-repairs", article.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_wrong_signature_an_unknown_hook_and_an_old_timestamp_are_refused()
    {
        var (id, secret) = await CreateHook();
        var body = Post();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var old = now - 600;

        using var forged = await Deliver(id, body, now, WebhookSignature.Sign("whsec_guess", now, body));
        using var tampered = await Deliver(id, Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("early", "late", StringComparison.Ordinal)), now, WebhookSignature.Sign(secret, now, body));
        using var unknown = await Deliver("nosuchhook", body, now, WebhookSignature.Sign(secret, now, body));
        using var stale = await Deliver(id, body, old, WebhookSignature.Sign(secret, old, body));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Contains("minutes", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_delivery_replayed_is_refused()
    {
        var (id, secret) = await CreateHook();
        var body = Post();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var signature = WebhookSignature.Sign(secret, now, body);

        using var first = await Deliver(id, body, now, signature);
        using var replay = await Deliver(id, body, now, signature);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }

    [Fact]
    public async Task A_draft_is_acknowledged_and_ignored()
    {
        var (id, secret) = await CreateHook();
        var body = Post("draft");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var response = await Deliver(id, body, now, WebhookSignature.Sign(secret, now, body));
        var list = await _app.KeyedClient().GetFromJsonAsync<JsonElement>("/api/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ignored").GetBoolean());
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Hook_secrets_are_shown_once_and_never_listed()
    {
        var (_, secret) = await CreateHook();
        var listed = await _app.KeyedClient().GetStringAsync("/api/hooks");

        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
        Assert.Contains("wordpress", listed, StringComparison.Ordinal);
    }
}
