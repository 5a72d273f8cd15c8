using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Aloud.Tests.Commands;

/// <summary>`aloud demo` (README's first command), `aloud keys` and `aloud serve`'s start-up checks, run as a user would.</summary>
public sealed partial class ServiceCommandsTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aloud-cli-service-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Demo_narrates_the_sample_through_the_service_and_prints_urls_that_serve_it()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "aloud.dll"), "demo", Path.Combine(CliRunner.SamplesFolder, "harbor-festival.html"),
            "--data", _data, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var demo = Process.Start(start)!;
        var stderr = demo.StandardError.ReadToEndAsync();
        try
        {
            var printed = new List<string>();
            using var reading = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await demo.StandardOutput.ReadLineAsync(reading.Token) is { } line)
            {
                printed.Add(line);
                if (line.StartsWith("Ctrl+C", StringComparison.Ordinal)) break;
            }
            var output = string.Join('\n', printed);
            var audio = AudioUrl().Match(output);
            Assert.True(audio.Success, output);
            Assert.Contains("/feeds/default.xml", output, StringComparison.Ordinal);

            using var http = new HttpClient();
            var mp3 = await http.GetByteArrayAsync(audio.Value);
            var feed = await http.GetStringAsync($"http://127.0.0.1:{port}/feeds/default.xml");
            Assert.Equal("ID3", System.Text.Encoding.ASCII.GetString(mp3[..3]));
            Assert.True(mp3.Length > 100_000);
            Assert.Contains("Harbor Lantern Festival", feed, StringComparison.Ordinal);

            // The first URL printed is the demo article page, with the player embedded in the article's own text.
            var listen = DemoUrl().Match(output);
            Assert.True(listen.Success, output);
            var page = await http.GetStringAsync(listen.Value);
            var player = await http.GetStringAsync($"http://127.0.0.1:{port}/player/aloud-player.js");
            Assert.Contains("<aloud-player article=\"", page, StringComparison.Ordinal);
            Assert.Contains("<script type=\"module\" src=\"/player/aloud-player.js\"></script>", page, StringComparison.Ordinal);
            Assert.Contains("Port Alder will light up its harbor again this winter", page, StringComparison.Ordinal);
            Assert.Contains("customElements.define('aloud-player'", player, StringComparison.Ordinal);
        }
        finally
        {
            demo.Kill(entireProcessTree: true);
            await demo.WaitForExitAsync();
        }
        Assert.DoesNotContain("Exception", await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_created_listed_and_revoked_and_the_secret_is_printed_once()
    {
        var created = CliRunner.Run("keys", "create", "newsroom", "--data", _data);
        var secret = created.StandardOutput.Trim();
        var id = KeyId().Match(created.StandardError).Groups[1].Value;
        var listed = CliRunner.Run("keys", "list", "--data", _data);
        var revoked = CliRunner.Run("keys", "revoke", id, "--data", _data);
        var again = CliRunner.Run("keys", "revoke", id, "--data", _data);
        var after = CliRunner.Run("keys", "list", "--data", _data);

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("aloud_", secret, StringComparison.Ordinal);
        Assert.Contains("newsroom", listed.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("revoked", after.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Serve_with_a_bad_setting_stops_at_once_naming_it()
    {
        var result = CliRunner.Run("serve", "--data", _data, "--lease-seconds", "1", "--urls", $"http://127.0.0.1:{FreePort()}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("LeaseSeconds", result.StandardError, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d{1,5}/audio/[a-z0-9]{1,64}\.mp3", RegexOptions.None, 1000)]
    private static partial Regex AudioUrl();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d{1,5}/demo\b", RegexOptions.None, 1000)]
    private static partial Regex DemoUrl();

    [GeneratedRegex(@"created key (\w{1,64})", RegexOptions.None, 1000)]
    private static partial Regex KeyId();
}
