using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Aloud.Tests.Ingest;

/// <summary>A canned response: status, extra header lines, body (text, or <paramref name="Bytes"/> when given), and a delay before answering.</summary>
internal sealed record CannedResponse(int Status, string Body = "", string[]? Headers = null, TimeSpan Delay = default, bool SendLength = true, byte[]? Bytes = null);

/// <summary>
/// A tiny HTTP/1.1 server on 127.0.0.1 for fetcher tests: one response per connection, chosen by path.
/// It only ever listens on loopback and stops when disposed.
/// </summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, IReadOnlyList<string>, CannedResponse> _route;
    private readonly Task _loop;

    public LocalHttpServer(Func<string, CannedResponse> route)
        : this((path, _) => route(path))
    {
    }

    /// <summary>A server whose route also sees the request's header lines ("If-None-Match: \"v1\"").</summary>
    public LocalHttpServer(Func<string, IReadOnlyList<string>, CannedResponse> route)
    {
        _route = route;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    /// <summary>The Host header of every request served, in order.</summary>
    public List<string> Hosts { get; } = [];

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var head = await ReadHeadAsync(stream);
            var lines = head.Split("\r\n");
            var path = lines[0].Split(' ')[1];
            lock (Hosts) Hosts.Add(lines.FirstOrDefault(l => l.StartsWith("Host:", StringComparison.OrdinalIgnoreCase))?[5..].Trim() ?? "");
            var response = _route(path, lines.Skip(1).Where(l => l.Length > 0).ToArray());
            if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, _stop.Token);
            var body = response.Bytes ?? Encoding.UTF8.GetBytes(response.Body);
            var sb = new StringBuilder($"HTTP/1.1 {response.Status} Status\r\nConnection: close\r\n");
            if (response.SendLength) sb.Append($"Content-Length: {body.Length}\r\n");
            foreach (var header in response.Headers ?? []) sb.Append(header).Append("\r\n");
            sb.Append("\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(sb.ToString()), _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
        }
        catch (Exception)
        {
            // The client gave up (timeouts are part of the tests) or the server is stopping.
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length));
            if (read == 0) break;
            length += read;
            if (Encoding.ASCII.GetString(buffer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal)) break;
        }
        return Encoding.ASCII.GetString(buffer, 0, length);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (Exception) { /* stopping */ }
        _stop.Dispose();
    }
}
