using System.Net;
using System.Text;
using System.Text.Json;

namespace Aloud.Server.Tests.Fuzzing;

/// <summary>
/// The request bodies that once failed the API fuzz run (a 500, or a refusal over several lines), cut down to what
/// failed: each must now be a one-line 400.
/// </summary>
public sealed class ApiFuzzRegressionTests : IDisposable
{
    private readonly AloudAppFactory _app = new(new() { ["Aloud:Workers"] = "0" });

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("PUT", "/api/lexicon/entries/Quarrie", "{\"spoken\": \"led\", \"ipa\": \"lɛd\", \"ipa\": \"lɛd\"}")]            // a key twice: was a 500
    [InlineData("POST", "/api/lexicon/preview", "{\"written\": \"Sinn Féin\", \"ipa\": \"ʃɪn\", \"ipa\": \"ʃɪn\"}")]        // a key twice: was a 500
    [InlineData("PUT", "/api/lexicon", "{\"entries\": [{\"written\": \"a\", \"spoken\": \"ay\", \"spoken\": \"ay\"}]}")]   // a key twice, nested
    [InlineData("PUT", "/api/lexicon/entries/Quarrie", "{\"s\\ud800poken\": \"led\"}")]                                   // half a surrogate pair in a key: was a 500
    [InlineData("PUT", "/api/lexicon/entries/Quarrie", "{\"spoken\": \"le\\ud800d\"}")]                                   // ...and in a value
    [InlineData("POST", "/v1/audio/speech", "{\"model\": \"tts-1\", \"input\": \"Hi.\", \"voice\": \n'x\ny'}")]            // a JSON error quoting a line break
    [InlineData("POST", "/api/articles", "{\"url\": \"https://news.e\uffffxamp\u0627\u0644\u0639le.org/2026/harbour\"}")]  // not a valid IDN host
    [InlineData("POST", "/api/feeds", "{\"url\": \"https://news.exam\u0627\u0644\u0639\u0631\u0628\u064a\u0629ple.org/feed.json\"}")]
    [InlineData("POST", "/api/feeds", "{\"url\": \"https://\u0627\u0644\u0639\u0631\u0628\u064a\u0629news.example.org/feed.json\"}")]
    [InlineData("POST", "/api/lexicon/preview", "{\"written\": \"Quarrie99999999999999999999999999999999999999999999999999999999999999999999\", \"spoken\": \"kwarry\"}")] // a word no narration reads: took seconds at 100,000 characters
    public async Task Once_failing_body_is_a_one_line_400(string method, string path, string body)
    {
        await AssertOneLine400(method, path, body);
    }

    [Fact]
    public async Task Body_that_is_not_json_says_where_the_parser_stopped()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("{\"html\": \"<p>The harbor ope", Encoding.UTF8, "application/json") };
        using var response = await _app.KeyedClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
        Assert.StartsWith("the body could not be read as JSON: ", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ArticleRequest", detail, StringComparison.Ordinal); // no .NET type names
    }

    [Fact]
    public async Task Article_body_cut_off_after_a_long_escaped_string_is_a_400_not_a_500()
    {
        // 20 KB of markup in a JSON string, cut off mid-body: .NET's JSON body reader threw IndexOutOfRangeException.
        // Copied beside the test binaries, so the long fuzz run (which runs a copy of them) replays it too.
        var saved = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Regressions", "api-articles-truncated-escapes.json");
        var body = JsonDocument.Parse(await File.ReadAllTextAsync(saved)).RootElement.GetProperty("body").GetString()!;
        await AssertOneLine400("POST", "/api/articles", body);
    }

    private async Task AssertOneLine400(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        using var response = await _app.KeyedClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reason = json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString()
            : json.RootElement.GetProperty("error").GetProperty("message").GetString();
        Assert.False(string.IsNullOrEmpty(reason));
        Assert.DoesNotContain(reason!, char.IsControl);
    }
}
