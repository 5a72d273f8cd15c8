using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Aloud.Ingest;
using Aloud.Server.Hosting;
using Aloud.Tests.Fuzzing;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Aloud.Server.Tests.Fuzzing;

/// <summary>
/// The API's JSON bodies fuzzed through the whole in-memory service (routing, binding, validation, the store):
/// POST /api/articles, PUT /api/lexicon/entries/{written}, POST /api/lexicon/preview, POST /api/feeds and
/// POST /v1/audio/speech get mutated bodies seeded from valid requests. Every answer must be a 2xx or a 4xx
/// whose problem (or OpenAI error) is one line; a 5xx, a dropped request, over a second (timed again on a busy
/// machine) or an allocation far past the body's size is a failure. No narration runs (no workers), names
/// resolve without DNS, and the feed poller is off, so only the request path is under test.
/// </summary>
public sealed class ApiFuzzTests : IDisposable
{
    private readonly AloudAppFactory _base = new(new()
    {
        ["Aloud:Workers"] = "0",
        ["Aloud:MaxSpeechCharacters"] = "80",
    });

    private readonly WebApplicationFactory<Program> _app;

    public ApiFuzzTests()
    {
        var fetch = SafeFetchOptions.Default with { Resolver = (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34") }) };
        _app = _base.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton(fetch);
            var poller = s.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(FeedPollingService));
            s.Remove(poller);
        }));
    }

    public void Dispose()
    {
        _app.Dispose();
        _base.Dispose();
    }

    private static readonly string[] Articles =
    [
        """{"text": "The harbour opened at dawn. Boats left at 9:30 a.m. on 4 March 2026.", "voice": "rms", "format": "mp3"}""",
        """{"html": "<html><body><article><h1>Tide</h1><p>High water at 06:12 reached 4.3 m.</p></article></body></html>", "formats": ["mp3", "ogg"], "rate": 1.25, "intro": true, "captions": false}""",
        """{"url": "https://news.example.org/2026/harbour#top", "voice": "alloy", "credits": true}""",
        """{"ssml": "<speak><p>Wait<break time=\"300ms\"/> then <say-as interpret-as=\"ordinal\">3</say-as>.</p></speak>", "voice": "en-us"}""",
    ];

    private static readonly string[] LexiconEntries =
    [
        """{"spoken": "kwarry", "caseSensitive": true, "partOfSpeech": "noun"}""",
        """{"ipa": "ˈkwɔɹi"}""",
        """{"spoken": "led", "ipa": "lɛd", "partOfSpeech": "v"}""",
    ];

    private static readonly string[] Previews =
    [
        """{"written": "Quarrie", "spoken": "kwarry"}""",
        """{"written": "Sinn Féin", "ipa": "ʃɪn ˈfeɪn", "caseSensitive": false}""",
    ];

    private static readonly string[] Feeds =
    [
        """{"url": "https://news.example.org/rss.xml", "name": "harbour", "voice": "rms", "formats": ["mp3"]}""",
        """{"url": "https://news.example.org/feed.json"}""",
    ];

    private static readonly string[] Speech =
    [
        """{"model": "tts-1", "input": "Hello there.", "voice": "alloy", "response_format": "mp3"}""",
        """{"model": "gpt-4o-mini-tts", "input": "One. Two.", "voice": "nova", "response_format": "wav", "speed": 1.5, "stream": true}""",
        """{"model": "tts-1-hd", "input": "Hi.", "voice": "rms", "response_format": "pcm", "speed": 0.25}""",
    ];

    private static readonly Gen<string> Words = Mutations.Text(["Quarrie", "Sinn Féin", "lead", "x"]);

    public static TheoryData<string> Targets => new("articles", "lexicon", "preview", "feeds", "speech");

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Api_answers_every_mutated_body_with_success_or_a_one_line_4xx(string target)
    {
        if (!FuzzSettings.Selected("api-" + target)) return;
        Gen<(string Path, string Body)> requests = target switch
        {
            "articles" => Mutations.Text(Articles).Select(b => ("/api/articles", b)),
            // No NUL in the path: the in-memory test server cannot send one (Kestrel answers it 400, SlowClientTests).
            "lexicon" => Words.SelectMany(w => Mutations.Text(LexiconEntries).Select(b => ($"/api/lexicon/entries/{Uri.EscapeDataString(Segment(w))}", b))),
            "preview" => Mutations.Text(Previews).Select(b => ("/api/lexicon/preview", b)),
            "feeds" => Mutations.Text(Feeds).Select(b => ("/api/feeds", b)),
            _ => Mutations.Text(Speech).Select(b => ("/v1/audio/speech", b)),
        };
        var method = target == "lexicon" ? HttpMethod.Put : HttpMethod.Post;
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        client.Timeout = TimeSpan.FromSeconds(60);

        var total = FuzzSettings.Inputs(shortRun: 150);
        var failures = new List<string>();
        int refused = 0, accepted = 0;
        string? firstRefusal = null;
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch * 100 < total; batch++)
        {
            var random = new Rnd(unchecked((FuzzSettings.Seed * 1_000_003) + (ulong)batch + (ulong)target.Length * 7_919UL + target[0]));
            foreach (var (path, body) in requests.Sample(Math.Min(100, total - (batch * 100)), random, 100))
            {
                var (status, why, elapsed) = await SendAsync(client, method, path, body);
                for (var again = 0; again < 2 && why is null && elapsed > TimeSpan.FromSeconds(1); again++)
                {
                    // Over a second once may be the shared machine; three times is the request.
                    var retry = await SendAsync(client, method, path, body);
                    (status, why, elapsed) = retry.Elapsed < elapsed ? retry : (status, why, elapsed);
                }
                if (why is null && elapsed > TimeSpan.FromSeconds(1)) why = $"took {elapsed.TotalSeconds:0.00} s three times";
                slowest = elapsed > slowest ? elapsed : slowest;
                if (why is not null) failures.Add($"{why}; {method} {(path.Length > 80 ? path[..80] + "..." : path)}, saved as {Save(target, path, body)}");
                else if (status >= 400)
                {
                    refused++;
                    firstRefusal ??= $"{status} for {body}";
                }
                else accepted++;
            }
        }
        if (FuzzSettings.ReportPath is { } report)
        {
            var line = string.Join('\t', "api-" + target, total, refused, failures.Count, clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                slowest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), "-", "-");
            File.AppendAllText(report, line + "\n");
        }
        Assert.Equal(total, accepted + refused + failures.Count);
        Assert.True(failures.Count == 0, $"{target}: {failures.Count} of {total} requests failed:\n" + string.Join("\n", failures.Take(5)));
        Assert.True(accepted > 0 && refused > 0, $"{target}: {accepted} accepted and {refused} refused: the seeds should reach both (first refusal: {firstRefusal})");
    }

    private static string Segment(string word) => (word.Length > 2000 ? word[..2000] : word).Replace("\0", "", StringComparison.Ordinal);

    private static async Task<(int Status, string? Why, TimeSpan Elapsed)> SendAsync(HttpClient client, HttpMethod method, string path, string body)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            using var response = await client.SendAsync(request);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var status = (int)response.StatusCode;
            if (status >= 500) return (status, $"{status}: {Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300))}", clock.Elapsed);
            if (status >= 400) return (status, ProblemIsOneLine(bytes), clock.Elapsed);
            return (status, null, clock.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException or TaskCanceledException)
        {
            return (0, $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}", clock.Elapsed);
        }
    }

    /// <summary>A refusal says why in one line: ProblemDetails' detail, or an OpenAI error's message.</summary>
    private static string? ProblemIsOneLine(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var text = root.TryGetProperty("detail", out var detail) ? detail.GetString()
                : root.TryGetProperty("error", out var error) && error.TryGetProperty("message", out var message) ? message.GetString()
                : root.TryGetProperty("title", out var title) ? title.GetString() : null;
            if (string.IsNullOrEmpty(text)) return $"a refusal without a reason: {Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300))}";
            return text.Any(char.IsControl) ? $"a refusal over several lines: {text.ReplaceLineEndings(" | ")[..Math.Min(text.Length, 300)]}" : null;
        }
        catch (JsonException)
        {
            return $"a refusal that is not JSON: {Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 300))}";
        }
    }

    private static string Save(string target, string path, string body)
    {
        Directory.CreateDirectory(FuzzSettings.FailuresFolder);
        var content = JsonSerializer.Serialize(new { path, body });
        var file = Path.Combine(FuzzSettings.FailuresFolder, $"api-{target}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12]}.json");
        File.WriteAllText(file, content);
        return file;
    }
}
