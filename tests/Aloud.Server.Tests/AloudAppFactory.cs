using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aloud.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests;

/// <summary>
/// The whole service in memory on a fresh data folder: real SQLite, real files, real Flite and LAME, real
/// workers. Each test class gets its own (or one per test), so no test sees another's articles.
/// </summary>
public class AloudAppFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key-0123456789abcdef";

    private readonly Dictionary<string, string?> _settings;

    public AloudAppFactory() : this([])
    {
    }

    public AloudAppFactory(Dictionary<string, string?> settings)
    {
        DataFolder = Path.Combine(Path.GetTempPath(), "aloud-server-test-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["Aloud:Data"] = DataFolder,
            ["Aloud:Workers"] = "2",
            ["Aloud:RateLimitPerMinute"] = "0",
            ["ALOUD_API_KEY"] = Key,
        };
        foreach (var (name, value) in settings) _settings[name] = value;
    }

    public string DataFolder { get; }

    /// <summary>Sentences synthesised so far (cache misses), to see what an edit re-synthesised.</summary>
    public long Syntheses => Services.GetRequiredService<CachedEngines>().Syntheses;

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));

    /// <summary>A client that sends the test key.</summary>
    public HttpClient KeyedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return client;
    }

    /// <summary>Posts an article and returns its id (asserting 202).</summary>
    public async Task<string> PostAsync(object body)
    {
        using var response = await KeyedClient().PostAsJsonAsync("/api/articles", body);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Polls the article until its status is <paramref name="status"/> (and its audio revision at least <paramref name="revision"/>).</summary>
    public async Task<JsonElement> WaitForAsync(string id, string status = "done", int revision = 1, int seconds = 120)
    {
        var client = KeyedClient();
        JsonElement article = default;
        for (var waited = 0; waited < seconds * 10; waited++)
        {
            article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            var now = article.GetProperty("status").GetString();
            var audio = article.GetProperty("audio");
            if (now == status && (status != "done" || (audio.ValueKind == JsonValueKind.Object && audio.GetProperty("revision").GetInt32() >= revision))) return article;
            if (now == "failed" && status != "failed") Assert.Fail($"article {id} failed: {article.GetProperty("error")}");
            await Task.Delay(100);
        }
        Assert.Fail($"article {id} did not reach {status} (revision {revision}) in {seconds} s: {article}");
        return article;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }
}

/// <summary>Articles written for these tests (invented: no corpus text).</summary>
public static class Samples
{
    public static string Paragraph(int i) =>
        $"The lighthouse keeper counted {i + 3} ships before noon on the {i + 1}th of the month. " +
        $"Paragraph {i + 1} ends here with a calm sea and a light wind from the west.";

    public static string Story(int paragraphs) => string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(Paragraph));

    public static string Page(string title, IEnumerable<string> paragraphs) =>
        $"<!doctype html><html><head><title>{title}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{title}</h1>"
        + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article><footer>Contact us</footer></body></html>";
}

/// <summary>Reads MP3 bytes back to audio with NLayer, a decoder independent of the encoder.</summary>
public static class Mp3
{
    public static double DurationSeconds(byte[] mp3)
    {
        using var file = new NLayer.MpegFile(new MemoryStream(mp3));
        var buffer = new float[8192];
        long samples = 0;
        int read;
        while ((read = file.ReadSamples(buffer, 0, buffer.Length)) > 0) samples += read;
        return (double)samples / file.Channels / file.SampleRate;
    }
}
