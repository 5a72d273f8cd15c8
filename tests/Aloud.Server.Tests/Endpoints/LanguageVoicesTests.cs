using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Server.Security;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>
/// Passages in other languages through the service: voicesFor per article over the service's Aloud:VoicesFor, its
/// errors, and a webhook whose voice was removed falling back to a voice of the same language with a warning.
/// </summary>
public sealed class LanguageVoicesTests : IDisposable
{
    private const string German = "Die Fähre fährt heute wieder über den Fluss.";

    private static readonly string Page = $"""
        <html lang="en"><head><title>Ferry returns</title></head><body><article>
        <p>The river ferry is running again after a month of repairs to its engine.</p>
        <p lang="de">{German}</p>
        </article></body></html>
        """;

    private readonly string _catalogue = Path.Combine(Path.GetTempPath(), "aloud-voices-" + Guid.NewGuid().ToString("N"));
    private readonly AloudAppFactory _app;

    public LanguageVoicesTests()
    {
        // A German Piper voice's config: enough to be listed and named (its model is never loaded here).
        var folder = Path.Combine(_catalogue, "piper", "de_DE-test-low");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "de_DE-test-low.onnx"), [0]);
        File.WriteAllText(Path.Combine(folder, "de_DE-test-low.onnx.json"), """
            {"audio": {"sample_rate": 16000, "quality": "low"}, "espeak": {"voice": "de"}, "language": {"code": "de_DE"},
             "phoneme_id_map": {"_": [0], "^": [1], "$": [2]}, "num_speakers": 1}
            """);
        _app = new AloudAppFactory(new() { ["Aloud:Voices"] = _catalogue, ["Aloud:VoicesFor:de"] = "espeak:en-us" });
    }

    public void Dispose()
    {
        _app.Dispose();
        Directory.Delete(_catalogue, recursive: true);
    }

    /// <summary>The voice that read the German sentence, from the published timings.</summary>
    private async Task<string?> GermanVoiceAsync(string id)
    {
        var timings = await _app.CreateClient().GetFromJsonAsync<JsonElement>($"/audio/{id}.json");
        return timings.GetProperty("sentences").EnumerateArray().Single(s => s.GetProperty("spoken").GetString() == German).GetProperty("voice").GetString();
    }

    [Fact]
    public async Task An_articles_voicesFor_comes_before_the_services_and_both_before_the_default()
    {
        var chosen = await _app.PostAsync(new { html = Page, url = "https://news.example.org/ferry-1", voice = "rms", voicesFor = new Dictionary<string, string> { ["de"] = "espeak:de" } });
        var service = await _app.PostAsync(new { html = Page, url = "https://news.example.org/ferry-2", voice = "rms" });

        var article = await _app.WaitForAsync(chosen);
        await _app.WaitForAsync(service);

        Assert.Equal("espeak:de", await GermanVoiceAsync(chosen));
        Assert.Equal("espeak:en-us", await GermanVoiceAsync(service));
        Assert.Equal(JsonValueKind.Null, article.GetProperty("warning").ValueKind);
    }

    [Fact]
    public async Task An_unknown_voice_for_a_language_is_a_400_naming_that_languages_voices()
    {
        using var response = await _app.KeyedClient().PostAsJsonAsync("/api/articles",
            new { html = Page, voicesFor = new Dictionary<string, string> { ["de"] = "piper:de_DE-nobody" } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Contains("voices for 'de' here: ", detail, StringComparison.Ordinal);
        Assert.Contains("piper:de_DE-test-low", detail, StringComparison.Ordinal);

        using var badTag = await _app.KeyedClient().PostAsJsonAsync("/api/articles",
            new { html = Page, voicesFor = new Dictionary<string, string> { ["not a tag"] = "espeak:de" } });
        Assert.Equal(HttpStatusCode.BadRequest, badTag.StatusCode);
    }

    [Fact]
    public async Task A_feed_keeps_its_voices_by_language_and_an_unknown_one_is_refused()
    {
        await using var app = new AloudAppFactory(new() { ["Aloud:Voices"] = _catalogue, ["Aloud:AllowPrivateHosts"] = "true" });
        var client = app.KeyedClient();
        using var refused = await client.PostAsJsonAsync("/api/feeds",
            new { url = "http://127.0.0.1:9/rss.xml", name = "nachrichten", voicesFor = new Dictionary<string, string> { ["de"] = "espeak:de-nowhere" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("voices for 'de' here: ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var created = await client.PostAsJsonAsync("/api/feeds",
            new { url = "http://127.0.0.1:9/rss.xml", name = "nachrichten", voicesFor = new Dictionary<string, string> { ["de-AT"] = "piper:de_DE-test-low" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("piper:de_DE-test-low", feed.GetProperty("voicesFor").GetProperty("de-AT").GetString());
    }

    [Fact]
    public async Task A_webhooks_removed_voice_is_replaced_by_one_of_its_language_with_a_warning()
    {
        using var created = await _app.KeyedClient().PostAsJsonAsync("/api/hooks", new { name = "zeitung", voice = "piper:de_DE-test-low" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var hook = await created.Content.ReadFromJsonAsync<JsonElement>();
        Directory.Delete(Path.Combine(_catalogue, "piper", "de_DE-test-low"), recursive: true);

        var body = JsonSerializer.SerializeToUtf8Bytes(new
        {
            id = 7,
            status = "publish",
            link = "https://zeitung.example.org/faehre",
            title = new { rendered = "Die Fähre fährt wieder" },
            content = new { rendered = $"<p>{German}</p>" },
        });
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hooks/articles") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(WebhookSignature.HookHeader, hook.GetProperty("id").GetString());
        request.Headers.Add(WebhookSignature.TimestampHeader, now.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(hook.GetProperty("secret").GetString()!, now, body));
        using var delivered = await _app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, delivered.StatusCode);

        var id = (await delivered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var article = await _app.WaitForAsync(id);
        Assert.Equal("espeak:de", article.GetProperty("audio").GetProperty("voice").GetString());
        var warning = article.GetProperty("warning").GetString();
        Assert.Contains("voice 'piper:de_DE-test-low' is not installed: read by espeak:de instead", warning, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("error").ValueKind);
    }
}
