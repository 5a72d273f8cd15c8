using System.Net;

namespace Aloud.Server.Tests.Security;

/// <summary>
/// Path traversal, plain and encoded, on every route that serves files: audio, podcast feeds, the player's and the
/// dashboard's static files. Each answers 400 or 404 and never a file from outside what it serves.
/// </summary>
public sealed class TraversalTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    public static TheoryData<string> Attempts
    {
        get
        {
            var data = new TheoryData<string>();
            string[] climbs = ["../../../../etc/passwd", "..%2f..%2f..%2f..%2fetc%2fpasswd", "%2e%2e/%2e%2e/%2e%2e/etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "..%252f..%252fetc%252fpasswd", "..%5c..%5c..%5cetc%5cpasswd", "....//....//etc/passwd", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
                "..%2f..%2faloud.db", "..%2f..%2fappsettings.json", "..%2fAloud.Server.dll", "/etc/passwd"];
            // A NUL byte (%00) cannot even be sent through the in-memory test server: SlowClientTests sends it to Kestrel.
            foreach (var climb in climbs)
            {
                data.Add($"/audio/{climb}");
                data.Add($"/audio/{climb}.mp3");
                data.Add($"/audio/abcdefghjkmn.mp3/{climb}");
                data.Add($"/feeds/{climb}.xml");
                data.Add($"/feeds/{climb}");
                data.Add($"/player/{climb}");
                data.Add($"/admin/{climb}");
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task Traversal_is_refused_and_serves_nothing_outside(string path)
    {
        using var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite format", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Logging\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("MZ\u0090", body, StringComparison.Ordinal);
    }
}
