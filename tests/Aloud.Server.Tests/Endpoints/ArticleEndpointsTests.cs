using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Endpoints;

public sealed class ArticleEndpointsTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Without_a_key_or_with_a_wrong_one_every_api_route_answers_401_as_problem_details()
    {
        var anonymous = _app.CreateClient();
        var wrong = _app.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-key");

        foreach (var client in new[] { anonymous, wrong })
        {
            using var post = await client.PostAsJsonAsync("/api/articles", new { text = "Hello there." });
            using var list = await client.GetAsync("/api/articles");
            Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
            Assert.Equal("application/problem+json", post.Content.Headers.ContentType!.MediaType);
            Assert.Contains("Bearer", post.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_read_only_key_may_read_but_not_write()
    {
        _ = _app.KeyedClient();
        var key = await _app.Services.GetRequiredService<IKeyStore>().CreateAsync("reader", readOnly: true);
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Secret);

        using var post = await client.PostAsJsonAsync("/api/articles", new { text = "Hello there." });
        using var list = await client.GetAsync("/api/articles");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task A_text_article_is_narrated_with_audio_timings_and_captions()
    {
        var id = await _app.PostAsync(new { text = Samples.Story(2), voice = "rms" });
        var article = await _app.WaitForAsync(id);
        var client = _app.CreateClient(); // audio is public

        var mp3 = await client.GetByteArrayAsync($"/audio/{id}.mp3");
        var timings = await client.GetFromJsonAsync<JsonElement>($"/audio/{id}.json");
        var vtt = await client.GetStringAsync($"/audio/{id}.vtt");

        var duration = article.GetProperty("durationSeconds").GetDouble();
        Assert.InRange(Mp3.DurationSeconds(mp3), duration - 0.2, duration + 0.2);
        Assert.Equal(100.0, article.GetProperty("progress").GetProperty("percent").GetDouble());
        Assert.Equal("rms", article.GetProperty("voice").GetString());
        Assert.Single(article.GetProperty("versions").EnumerateArray());
        Assert.Contains(timings.GetProperty("words").EnumerateArray(), w => w.GetProperty("text").GetString() == "lighthouse");
        Assert.StartsWith("synthetic-speech", timings.GetProperty("synthetic").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("WEBVTT", vtt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_url_is_the_same_article_a_new_version_only_when_its_text_changed()
    {
        var url = "https://news.example.org/2026/12/harbour";
        var page = Samples.Page("Harbour reopens", [Samples.Paragraph(0), Samples.Paragraph(1)]);
        var id = await _app.PostAsync(new { html = page, url });
        await _app.WaitForAsync(id);
        var client = _app.KeyedClient();

        using var same = await client.PostAsJsonAsync("/api/articles", new { html = page.Replace("Contact us", "Write to us", StringComparison.Ordinal), url });
        using var changed = await client.PostAsJsonAsync("/api/articles", new { html = Samples.Page("Harbour reopens", [Samples.Paragraph(0), Samples.Paragraph(2)]), url = url + "#top" });

        Assert.Equal(HttpStatusCode.OK, same.StatusCode); // only the footer changed: nothing to narrate
        Assert.Equal(id, (await same.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Accepted, changed.StatusCode);
        Assert.Equal(id, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        var article = await _app.WaitForAsync(id, revision: 2);
        Assert.Equal(2, article.GetProperty("currentVersion").GetInt32());
        Assert.Equal("Harbour reopens", article.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Editing_one_paragraph_synthesises_only_its_sentences_again()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(Samples.Paragraph).ToList();
        var id = await _app.PostAsync(new { text = string.Join("\n\n", paragraphs) });
        await _app.WaitForAsync(id);
        var before = _app.Syntheses;

        paragraphs[4] = "A new paragraph replaces the fifth one entirely. It has exactly two sentences.";
        using var put = await _app.KeyedClient().PutAsJsonAsync($"/api/articles/{id}", new { text = string.Join("\n\n", paragraphs) });
        Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        var article = await _app.WaitForAsync(id, revision: 2);

        Assert.Equal(2, _app.Syntheses - before);
        Assert.Equal(2, article.GetProperty("versions").GetArrayLength());
    }

    [Theory]
    [InlineData("{}", 400, "give the article")]
    [InlineData("{\"text\": \"Hello.\", \"html\": \"<p>Hello.</p>\"}", 400, "not several")]
    [InlineData("{\"text\": \"Hello.\", \"voice\": \"nobody\"}", 400, "unknown voice")]
    [InlineData("{\"text\": \"Hello.\", \"format\": \"flac\"}", 400, "format must be")]
    [InlineData("{\"text\": \"Hello.\", \"rate\": 7}", 400, "rate must be")]
    [InlineData("{\"url\": \"ftp://example.com/a\"}", 400, "http or https")]
    [InlineData("{\"url\": \"http://127.0.0.1:9/admin\"}", 400, "refused")]
    [InlineData("{\"url\": \"http://169.254.169.254/latest/meta-data\"}", 400, "refused")]
    [InlineData("{\"html\": \"<html><body><nav>Home</nav></body></html>\"}", 422, "no article text")]
    [InlineData("{\"text\": \"   \"}", 422, "empty")]
    [InlineData("{\"text\": ", 400, "")]
    public async Task Bad_requests_are_refused_with_a_reason_and_nothing_is_stored(string body, int status, string reason)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _app.KeyedClient().PostAsync("/api/articles", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var list = await _app.KeyedClient().GetFromJsonAsync<JsonElement>("/api/articles");
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Listing_pages_and_filters_by_status()
    {
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await _app.PostAsync(new { text = Samples.Paragraph(i) }));
        foreach (var id in ids) await _app.WaitForAsync(id);
        var client = _app.KeyedClient();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/articles?limit=2");
        var done = await client.GetFromJsonAsync<JsonElement>("/api/articles?status=done&limit=10");
        var failed = await client.GetFromJsonAsync<JsonElement>("/api/articles?status=failed");
        using var bad = await client.GetAsync("/api/articles?status=lost");

        Assert.Equal(3, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());
        Assert.Equal("/api/articles?offset=2&limit=2", page.GetProperty("next").GetString());
        Assert.Equal(3, done.GetProperty("items").GetArrayLength());
        Assert.Equal(0, failed.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Deleting_removes_the_article_and_its_audio()
    {
        var id = await _app.PostAsync(new { text = Samples.Paragraph(1) });
        await _app.WaitForAsync(id);
        var client = _app.KeyedClient();

        using var delete = await client.DeleteAsync($"/api/articles/{id}");
        using var audio = await client.GetAsync($"/audio/{id}.mp3");
        using var again = await client.DeleteAsync($"/api/articles/{id}");

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, audio.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.False(Directory.Exists(Path.Combine(_app.DataFolder, "blobs", "audio", id)));
    }

    [Fact]
    public async Task Retry_narrates_the_current_version_again_from_the_cache()
    {
        var id = await _app.PostAsync(new { text = Samples.Paragraph(2) });
        await _app.WaitForAsync(id);
        var before = _app.Syntheses;

        using var retry = await _app.KeyedClient().PostAsync($"/api/articles/{id}/retry", null);
        var article = await _app.WaitForAsync(id, revision: 2);
        using var missing = await _app.KeyedClient().PostAsync("/api/articles/nosuch/retry", null);

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(before, _app.Syntheses); // every sentence came from the clip cache
        Assert.Equal(2, article.GetProperty("audio").GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_current_content_can_be_read_back_for_editing()
    {
        var text = Samples.Story(2);
        var id = await _app.PostAsync(new { text });
        var client = _app.KeyedClient();

        var content = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/content");
        using var missing = await client.GetAsync("/api/articles/nosuchid/content");

        Assert.Equal("text", content.GetProperty("kind").GetString());
        Assert.Equal(text, content.GetProperty("content").GetString());
        Assert.Equal(1, content.GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_edit_with_a_malformed_or_foreign_url_is_refused_not_a_server_error()
    {
        var id = await _app.PostAsync(new { html = Samples.Page("Pier news", [Samples.Paragraph(0)]), url = "https://news.example.org/pier" });
        var client = _app.KeyedClient();

        using var malformed = await client.PutAsJsonAsync($"/api/articles/{id}", new { text = "New text here.", url = "http://[not a url" });
        using var foreign = await client.PutAsJsonAsync($"/api/articles/{id}", new { text = "New text here.", url = "https://elsewhere.example/pier" });

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, foreign.StatusCode);
    }
}
