using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// Slow and oversized clients against the real server (Kestrel on a loopback port, raw sockets): headers sent a
/// byte at a time (slowloris) are cut off after the configured headers timeout while other clients are still
/// served; a body trickled below the minimum rate is cut off; oversized headers, request lines and bodies
/// without a length are refused with their status, and so is a NUL byte in a path.
/// </summary>
public sealed class SlowClientTests : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "aloud-slow-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private Uri _address = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        _app = AloudServer.Build(["--urls", "http://127.0.0.1:0"], new Dictionary<string, string?>
        {
            ["Aloud:Data"] = _data,
            ["Aloud:Workers"] = "0",
            ["Aloud:RateLimitPerMinute"] = "0",
            ["Aloud:RequestHeadersTimeoutSeconds"] = "2",
            ["Aloud:MaxRequestBytes"] = "65536",
            ["ALOUD_API_KEY"] = AloudAppFactory.Key,
        });
        await _app.StartAsync();
        _address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async Task DisposeAsync()
    {
        await _app!.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp cleaner
        }
    }

    private async Task<Socket> ConnectAsync()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(_address.Host, _address.Port);
        return socket;
    }

    /// <summary>Reads until the server closes the connection (or <paramref name="limit"/> passes); returns what it sent.</summary>
    private static async Task<(string Text, bool Closed)> ReadToCloseAsync(Socket socket, TimeSpan limit)
    {
        var received = new StringBuilder();
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            int n;
            while ((n = await socket.ReceiveAsync(buffer, SocketFlags.None, timeout.Token)) > 0) received.Append(Encoding.ASCII.GetString(buffer, 0, n));
            return (received.ToString(), true);
        }
        catch (OperationCanceledException)
        {
            return (received.ToString(), false);
        }
        catch (SocketException)
        {
            return (received.ToString(), true);   // reset by the server: closed too
        }
    }

    private static Task SendAsync(Socket socket, string text) => socket.SendAsync(Encoding.ASCII.GetBytes(text), SocketFlags.None);

    [Fact]
    public async Task Headers_sent_a_byte_at_a_time_are_cut_off_while_others_are_served()
    {
        var clock = Stopwatch.StartNew();
        var slow = new List<Socket>();
        for (var i = 0; i < 20; i++)
        {
            var socket = await ConnectAsync();
            await SendAsync(socket, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ");
            slow.Add(socket);
        }
        // Keep trickling one byte a second on each: never finishing the headers.
        using var trickle = new CancellationTokenSource();
        var dribbling = Task.Run(async () =>
        {
            while (!trickle.IsCancellationRequested)
            {
                foreach (var socket in slow)
                {
                    try
                    {
                        await SendAsync(socket, "a");
                    }
                    catch (SocketException)
                    {
                        // closed by the server: what we expect
                    }
                }
                await Task.Delay(500);
            }
        });

        using (var client = new HttpClient { BaseAddress = _address })
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
        }
        var outcomes = await Task.WhenAll(slow.Select(s => ReadToCloseAsync(s, TimeSpan.FromSeconds(15))));
        await trickle.CancelAsync();
        await dribbling;
        foreach (var socket in slow) socket.Dispose();

        Assert.All(outcomes, o => Assert.True(o.Closed, "a slow client was still connected after 15 s"));
        Assert.All(outcomes, o => Assert.True(o.Text.Length == 0 || o.Text.StartsWith("HTTP/1.1 408", StringComparison.Ordinal), o.Text));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"slow clients held on for {clock.Elapsed.TotalSeconds:0.0} s with a 2 s headers timeout");
    }

    [Fact]
    public async Task A_body_trickled_below_the_minimum_rate_is_cut_off()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, $"POST /api/articles HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {AloudAppFactory.Key}\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n{{\"text\": \"");
        var clock = Stopwatch.StartNew();
        using var trickle = new CancellationTokenSource();
        var dribbling = Task.Run(async () =>
        {
            try
            {
                while (!trickle.IsCancellationRequested)
                {
                    await SendAsync(socket, "a");
                    await Task.Delay(500);
                }
            }
            catch (SocketException)
            {
                // closed by the server
            }
            catch (ObjectDisposedException)
            {
                // the test is over
            }
        });
        var (_, closed) = await ReadToCloseAsync(socket, TimeSpan.FromSeconds(20));
        await trickle.CancelAsync();
        await dribbling;
        Assert.True(closed, "a body arriving at 2 bytes a second was still being read after 20 s");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"cut off only after {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Theory]
    [InlineData(40_000, 1, "431")]    // one header of 40 KB: past the 32 KB of all headers
    [InlineData(10, 150, "431")]      // 150 headers: past the 100 allowed
    public async Task Oversized_headers_are_refused(int headerLength, int headerCount, string status)
    {
        using var socket = await ConnectAsync();
        var headers = string.Concat(Enumerable.Range(0, headerCount).Select(i => $"X-H{i}: {new string('a', headerLength)}\r\n"));
        await SendAsync(socket, $"GET /healthz HTTP/1.1\r\nHost: x\r\n{headers}\r\n");
        var (text, _) = await ReadToCloseAsync(socket, TimeSpan.FromSeconds(10));
        Assert.StartsWith($"HTTP/1.1 {status}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/audio/%00..%2f..%2fetc%2fpasswd")]
    [InlineData("/feeds/%00..%2f..%2fetc%2fpasswd.xml")]
    [InlineData("/player/aloud-player.js%00.png")]
    public async Task A_nul_byte_in_a_path_is_a_bad_request(string path)
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, $"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        var (text, _) = await ReadToCloseAsync(socket, TimeSpan.FromSeconds(10));
        Assert.StartsWith("HTTP/1.1 400", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_request_line_is_refused()
    {
        using var socket = await ConnectAsync();
        await SendAsync(socket, $"GET /healthz?{new string('a', 20_000)} HTTP/1.1\r\nHost: x\r\n\r\n");
        var (text, _) = await ReadToCloseAsync(socket, TimeSpan.FromSeconds(10));
        Assert.StartsWith("HTTP/1.1 414", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_refused_without_reading_it_all()
    {
        using var client = new HttpClient { BaseAddress = _address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", AloudAppFactory.Key);
        var body = "{\"text\": \"" + new string('a', 200_000) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body)));   // no length: sent chunked
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(new Uri("/api/articles", UriKind.Relative), content);
        Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
