using System.Net;

namespace Aloud.Server.Tests.Hosting;

public sealed class HealthAndMetricsTests(NarratedArticle narrated) : IClassFixture<NarratedArticle>
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Health_answers_200_without_a_key(string path)
    {
        using var response = await narrated.App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_in_prometheus_format_count_narrations_audio_and_the_cache()
    {
        // The counters are recorded just after the job commits, and the exporter caches a scrape briefly: poll.
        var metrics = "";
        for (var i = 0; i < 50 && !metrics.Contains("aloud_narrations", StringComparison.Ordinal); i++)
        {
            if (i > 0) await Task.Delay(100);
            metrics = await narrated.App.CreateClient().GetStringAsync("/metrics");
        }

        // At least this fixture's narration: OpenTelemetry listens to every meter named "Aloud" in the process, so the
        // test apps running beside this one add theirs, and an exact count would be a race.
        var narrations = System.Text.RegularExpressions.Regex.Match(metrics, @"(?m)^aloud_narrations(?:_total)?\S{0,200} (\d{1,9})", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        Assert.True(narrations.Success, metrics);
        Assert.True(int.Parse(narrations.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1, metrics);
        Assert.Contains("aloud_audio_produced", metrics, StringComparison.Ordinal);
        Assert.Contains("aloud_synthesis_cache_misses", metrics, StringComparison.Ordinal);
        Assert.Contains("aloud_queue_depth", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await narrated.App.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/audio/{id}.{extension}", "/feeds/{name}.xml", "/v1/audio/speech", "/api/lexicon", "/hooks/articles" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }
}
