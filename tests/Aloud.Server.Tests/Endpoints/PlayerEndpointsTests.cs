using System.IO.Compression;
using System.Net;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>/player/: the element's files, from the assembly, gzipped, revalidated by ETag, open to any origin.</summary>
public sealed class PlayerEndpointsTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_module_is_served_gzipped_under_20_KB_with_CORS_and_a_304_on_its_ETag()
    {
        var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/player/aloud-player.js");
        request.Headers.Add("Accept-Encoding", "gzip");
        request.Headers.Add("Origin", "https://news.example.org");
        using var response = await client.SendAsync(request);
        var gzipped = await response.Content.ReadAsByteArrayAsync();
        using var cssRequest = new HttpRequestMessage(HttpMethod.Get, "/player/aloud-player.css");
        cssRequest.Headers.Add("Accept-Encoding", "gzip");
        using var css = await client.SendAsync(cssRequest);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/player/aloud-player.js");
        again.Headers.TryAddWithoutValidation("If-None-Match", response.Headers.ETag!.Tag);
        using var revalidated = await client.SendAsync(again);
        using var missing = await client.GetAsync("/player/nothing.js");

        using var unzip = new GZipStream(new MemoryStream(gzipped), CompressionMode.Decompress);
        var script = await new StreamReader(unzip).ReadToEndAsync();
        Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.StartsWith("text/javascript", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("customElements.define('aloud-player'", script, StringComparison.Ordinal);
        var total = gzipped.Length + (await css.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(total < 20_000, $"the module and its CSS are {total} bytes gzipped");
        Assert.StartsWith("text/css", css.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
