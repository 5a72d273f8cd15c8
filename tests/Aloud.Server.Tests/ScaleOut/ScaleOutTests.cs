using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Store;
using Aloud.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.ScaleOut;

/// <summary>
/// The service split as it runs on many machines: an API with no workers and worker hosts of their own, sharing
/// PostgreSQL and S3 and nothing else; a database restart in the middle; audio handed out as presigned S3 URLs.
/// </summary>
public sealed class ScaleOutTests
{
    private static Dictionary<string, string?> WorkerSettings(Dictionary<string, string?> backends, string workers = "1") => new()
    {
        ["Aloud:Data"] = Path.Combine(Path.GetTempPath(), "aloud-worker-" + Guid.NewGuid().ToString("N")),
        ["Aloud:Database"] = backends["Aloud:Database"],
        ["Aloud:Blobs"] = backends["Aloud:Blobs"],
        ["Aloud:Workers"] = workers,
    };

    [Fact]
    public async Task An_api_with_no_workers_and_two_worker_hosts_narrate_every_article_once()
    {
        var backends = Backends.PostgresAndS3();
        using var api = new AloudAppFactory(new(backends) { ["Aloud:Workers"] = "0" });
        var ids = new List<string>();
        for (var i = 0; i < 4; i++) ids.Add(await api.PostAsync(new { text = $"Story {i + 1}. " + Samples.Story(1) }));

        using var first = AloudServer.BuildWorker([], WorkerSettings(backends));
        using var second = AloudServer.BuildWorker([], WorkerSettings(backends));
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        try
        {
            foreach (var id in ids) await api.WaitForAsync(id);
        }
        finally
        {
            await Task.WhenAll(first.StopAsync(), second.StopAsync());
        }

        var queue = api.Services.GetRequiredService<IJobQueue>();
        Assert.Equal(new QueueCounts(0, 0, ids.Count, 0), await queue.CountsAsync()); // one done job each: none narrated twice
        Assert.Equal(0, await queue.LiveLeasesAsync());
        foreach (var id in ids)
        {
            var mp3 = await api.CreateClient().GetByteArrayAsync($"/audio/{id}.mp3");
            var timings = await api.CreateClient().GetFromJsonAsync<JsonElement>($"/audio/{id}.json");
            var spokenMs = timings.GetProperty("words").EnumerateArray().Last().GetProperty("endMs").GetDouble();
            Assert.InRange(Mp3.DurationSeconds(mp3) * 1000, spokenMs, spokenMs + 3000);
        }
    }

    [Fact]
    public async Task Work_goes_on_after_the_database_restarts()
    {
        // A cluster of its own: restarting the shared one would break the tests running beside this one.
        var cluster = new PostgresCluster();
        var backends = new Dictionary<string, string?>(Backends.PostgresAndS3()) { ["Aloud:Database"] = cluster.NewDatabase() };
        using var api = new AloudAppFactory(new(backends) { ["Aloud:Workers"] = "1" });
        var before = await api.PostAsync(new { text = "Before the restart. " + Samples.Story(1) });
        await api.WaitForAsync(before);

        cluster.Restart(TimeSpan.FromSeconds(2));

        // The pool's connections died with the server: the first requests may fail, then the service carries on.
        string? after = null;
        for (var attempt = 0; attempt < 20 && after is null; attempt++)
        {
            using var response = await api.KeyedClient().PostAsJsonAsync("/api/articles", new { text = "After the restart. " + Samples.Story(1) });
            if (response.StatusCode == HttpStatusCode.Accepted) after = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
            else await Task.Delay(500);
        }
        Assert.NotNull(after);
        await api.WaitForAsync(after!);
        Assert.Equal("done", (await api.WaitForAsync(before)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task With_presigned_audio_listeners_are_sent_to_s3_and_get_the_same_bytes()
    {
        var backends = Backends.PostgresAndS3();
        using var api = new AloudAppFactory(new(backends) { ["Aloud:PresignedAudioSeconds"] = "600" });
        var id = await api.PostAsync(new { text = Samples.Story(1) });
        await api.WaitForAsync(id);

        using var response = await api.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/audio/{id}.mp3");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Contains("X-Amz-Signature=", location.Query, StringComparison.Ordinal);

        using var outside = new HttpClient();
        var viaS3 = await outside.GetByteArrayAsync(location);
        await using var stored = await api.Services.GetRequiredService<IBlobStore>().OpenReadAsync(AudioKeys.For(id, 1, "mp3"));
        using var copy = new MemoryStream();
        await stored!.CopyToAsync(copy);
        Assert.Equal(copy.ToArray(), viaS3);
        Assert.True(Mp3.DurationSeconds(viaS3) > 1);
    }
}
