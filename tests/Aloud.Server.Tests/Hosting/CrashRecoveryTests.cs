using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Aloud.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Aloud.Server.Tests.Hosting;

/// <summary>
/// The server as a real child process, killed with SIGKILL in the middle of a long narration and started again
/// on the same data folder: the article must complete exactly once and its audio must decode whole.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aloud-crash-test-" + Guid.NewGuid().ToString("N"));
    private readonly List<Process> _servers = [];

    public void Dispose()
    {
        foreach (var server in _servers.Where(s => !s.HasExited)) server.Kill(entireProcessTree: true);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    [Fact]
    public async Task A_server_killed_mid_narration_completes_the_article_exactly_once_after_a_restart()
    {
        var (first, client) = await StartAsync();
        var text = string.Join("\n\n", Enumerable.Range(0, 60).Select(i =>
            $"Report {i} from the coast says the ferry Heron{i} left at dawn with {i + 12} passengers. " +
            $"The crew of boat {i} counted {3 * i + 7} seabirds on the way. Weather stayed calm for trip {i}."));
        using var posted = await client.PostAsJsonAsync("/api/articles", new { text });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        JsonElement article = default;
        for (var i = 0; i < 1200; i++)
        {
            article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            if (article.GetProperty("status").GetString() == "running" && article.GetProperty("progress").GetProperty("sentencesDone").GetInt32() > 0) break;
            await Task.Delay(25);
        }
        Assert.Equal("running", article.GetProperty("status").GetString());
        first.Kill(entireProcessTree: true); // SIGKILL: no shutdown, the lease is left behind
        await first.WaitForExitAsync();

        var (_, again) = await StartAsync();
        for (var i = 0; i < 1800; i++)
        {
            article = await again.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            if (article.GetProperty("status").GetString() is "done" or "failed") break;
            await Task.Delay(100);
        }

        Assert.Equal("done", article.GetProperty("status").GetString());
        Assert.Equal(1, article.GetProperty("audio").GetProperty("revision").GetInt32());
        var database = new SqliteDatabase(Path.Combine(_data, "aloud.db"));
        await using (var connection = await database.OpenAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT status, attempts FROM jobs WHERE article_id = $id";
            ((Microsoft.Data.Sqlite.SqliteCommand)command).Parameters.AddWithValue("$id", id);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal("done", reader.GetString(0));
            Assert.Equal(2, reader.GetInt32(1)); // claimed by the killed server, then once more
            Assert.False(await reader.ReadAsync()); // one job, completed once
        }
        var mp3 = await again.GetByteArrayAsync($"/audio/{id}.mp3");
        var timings = await again.GetFromJsonAsync<JsonElement>($"/audio/{id}.json");
        Assert.InRange(Mp3.DurationSeconds(mp3), timings.GetProperty("durationMs").GetDouble() / 1000 - 0.2, timings.GetProperty("durationMs").GetDouble() / 1000 + 0.2);
    }

    [Fact]
    public async Task A_server_stopped_with_sigterm_hands_its_job_back_at_once()
    {
        var (server, client) = await StartAsync();
        var text = string.Join("\n\n", Enumerable.Range(0, 60).Select(i => $"Bulletin {i}: the pier at Gull Point reopened after {i + 2} weeks of repairs, and {i + 40} anglers came."));
        using var posted = await client.PostAsJsonAsync("/api/articles", new { text });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        for (var i = 0; i < 1200; i++)
        {
            var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
            if (article.GetProperty("status").GetString() == "running") break;
            await Task.Delay(25);
        }

        using (var term = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }
        await server.WaitForExitAsync();

        var database = new SqliteDatabase(Path.Combine(_data, "aloud.db"));
        await using var connection = await database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, lease_owner, error FROM jobs WHERE article_id = $id";
        ((Microsoft.Data.Sqlite.SqliteCommand)command).Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(0, server.ExitCode);
        Assert.Equal("queued", reader.GetString(0)); // handed back, not left leased for LeaseSeconds
        Assert.True(reader.IsDBNull(1));
        Assert.Contains("shutdown", reader.GetString(2), StringComparison.Ordinal);
    }

    private async Task<(Process Server, HttpClient Client)> StartAsync()
    {
        var port = FreePort();
        var folder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var start = new ProcessStartInfo("dotnet", [Path.Combine(folder, "Aloud.Server.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Aloud__Data"] = _data;
        start.Environment["Aloud__LeaseSeconds"] = "3";
        start.Environment["Aloud__Workers"] = "1";
        start.Environment["ALOUD_API_KEY"] = AloudAppFactory.Key;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, _) => { };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        _servers.Add(server);
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        client.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return (server, client);
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            Assert.False(server.HasExited, "the server exited at start");
            await Task.Delay(100);
        }
        throw new TimeoutException("the server did not become healthy in 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
