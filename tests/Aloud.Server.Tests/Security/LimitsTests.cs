using System.Net;
using System.Text;

namespace Aloud.Server.Tests.Security;

public sealed class LimitsTests
{
    [Fact]
    public async Task Past_the_per_key_limit_requests_answer_429_with_retry_after()
    {
        using var app = new AloudAppFactory(new() { ["Aloud:RateLimitPerMinute"] = "5" });
        var client = app.KeyedClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/articles");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }

        Assert.NotNull(limited);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        using var audio = await app.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode); // public routes are not limited per key
    }

    [Fact]
    public async Task A_body_over_the_limit_answers_413()
    {
        using var app = new AloudAppFactory(new() { ["Aloud:MaxRequestBytes"] = "4096" });
        using var content = new StringContent("{\"text\": \"" + new string('a', 20_000) + "\"}", Encoding.UTF8, "application/json");

        using var response = await app.KeyedClient().PostAsync("/api/articles", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Cors_lets_a_publishers_page_fetch_audio_and_timings()
    {
        using var app = new AloudAppFactory(new() { ["Aloud:CorsOrigins:0"] = "https://news.example.org" });
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        request.Headers.Add("Origin", "https://news.example.org");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        var foreign = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        foreign.Headers.Add("Origin", "https://elsewhere.example");
        foreign.Headers.Add("Access-Control-Request-Method", "POST");

        using var allowed = await app.CreateClient().SendAsync(request);
        using var refused = await app.CreateClient().SendAsync(foreign);

        Assert.Equal("https://news.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
