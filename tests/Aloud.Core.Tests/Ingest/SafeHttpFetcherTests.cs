using System.Net;
using Aloud.Ingest;

namespace Aloud.Tests.Ingest;

public class SafeHttpFetcherTests
{
    private const string Page = "<html><body><p>Harbor page</p></body></html>";

    private static SafeFetchOptions AllowLoopbackLiteral(TimeSpan? timeout = null, long maxBytes = 10 * 1024 * 1024) => new()
    {
        AllowedHosts = new HashSet<string>(["127.0.0.1"], StringComparer.OrdinalIgnoreCase),
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxBytes = maxBytes,
    };

    private static async Task<string> RefusalAsync(string url, SafeFetchOptions? options = null)
    {
        var e = await Assert.ThrowsAsync<AloudInputException>(() => new SafeHttpFetcher(options).FetchAsync(new Uri(url)));
        return e.Message;
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("http://[::1]:8080/", "refused: [::1] is a loopback address")]
    [InlineData("http://10.0.0.5/", "refused: 10.0.0.5 is a private address")]
    [InlineData("http://172.16.5.4/", "refused: 172.16.5.4 is a private address")]
    [InlineData("https://192.168.1.1/admin", "refused: 192.168.1.1 is a private address")]
    [InlineData("http://100.64.0.1/", "refused: 100.64.0.1 is a private address")]
    [InlineData("http://[fd00::1]/", "refused: [fd00::1] is a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "refused: 169.254.169.254 is a link-local address")]
    [InlineData("http://[fe80::1]/", "refused: [fe80::1] is a link-local address")]
    [InlineData("http://224.0.0.1/", "refused: 224.0.0.1 is a multicast address")]
    [InlineData("http://0.0.0.0/", "refused: 0.0.0.0 is an unspecified address")]
    [InlineData("http://255.255.255.255/", "refused: 255.255.255.255 is a broadcast address")]
    [InlineData("http://[::ffff:10.0.0.1]/", "refused: [::ffff:10.0.0.1] is a private address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "refused: [::ffff:127.0.0.1] is a loopback address")]
    public async Task Literal_non_public_addresses_are_refused_before_connecting(string url, string message)
    {
        Assert.Equal(message, await RefusalAsync(url));
    }

    [Fact]
    public async Task A_name_resolving_to_a_private_address_is_refused_with_the_address()
    {
        var options = new SafeFetchOptions { Resolver = (_, _) => Task.FromResult(new[] { IPAddress.Parse("10.0.0.5") }) };
        Assert.Equal("refused: example.local resolves to a private address 10.0.0.5", await RefusalAsync("http://example.local/story", options));
    }

    [Fact]
    public async Task Any_private_answer_among_several_is_refused()
    {
        var options = new SafeFetchOptions
        {
            Resolver = (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.216.34"), IPAddress.Parse("169.254.169.254") }),
        };
        Assert.Contains("link-local address 169.254.169.254", await RefusalAsync("http://mixed.example/", options), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_no_idn_rules_allow_is_refused_not_a_crash()
    {
        // Found by fuzzing the API: a right-to-left script glued into a name made Uri.IdnHost throw.
        Assert.StartsWith("refused: the host of https://\u0627\u0644\u0639\u0631\u0628news.example.org/feed is not a valid international domain name",
            await RefusalAsync("https://\u0627\u0644\u0639\u0631\u0628news.example.org/feed"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ftp://example.com/file.txt")]
    [InlineData("file:///etc/passwd")]
    public async Task Other_schemes_are_refused(string url)
    {
        Assert.Contains("not an http or https URL", await RefusalAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetches_a_page_from_an_allowed_local_host()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, Page, ["Content-Type: text/html; charset=utf-8"]));
        var result = await new SafeHttpFetcher(AllowLoopbackLiteral()).FetchAsync(server.Url("/story"));
        Assert.Equal(Page, System.Text.Encoding.UTF8.GetString(result.Bytes));
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Equal(server.Url("/story"), result.Source);
    }

    [Fact]
    public async Task Connection_is_pinned_to_the_checked_address()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, Page));
        var options = new SafeFetchOptions
        {
            // "pinned.test" exists nowhere: the fetch only works because the connection uses the checked address.
            Resolver = (_, _) => Task.FromResult(new[] { IPAddress.Loopback }),
            AllowedHosts = new HashSet<string>(["pinned.test"], StringComparer.OrdinalIgnoreCase),
        };
        var result = await new SafeHttpFetcher(options).FetchAsync(new Uri($"http://pinned.test:{server.Port}/x"));
        Assert.Equal(Page, System.Text.Encoding.UTF8.GetString(result.Bytes));
        Assert.Equal($"pinned.test:{server.Port}", Assert.Single(server.Hosts));
    }

    [Fact]
    public async Task Follows_redirects_and_reports_the_final_url()
    {
        await using var server = new LocalHttpServer(path => path switch
        {
            "/old" => new CannedResponse(301, "", ["Location: /middle"]),
            "/middle" => new CannedResponse(302, "", ["Location: /new?x=1"]),
            _ => new CannedResponse(200, Page),
        });
        var result = await new SafeHttpFetcher(AllowLoopbackLiteral()).FetchAsync(server.Url("/old"));
        Assert.Equal(server.Url("/new?x=1"), result.Source);
    }

    [Fact]
    public async Task More_than_five_redirects_are_refused()
    {
        await using var server = new LocalHttpServer(path =>
        {
            var n = int.Parse(path.TrimStart('/'), System.Globalization.CultureInfo.InvariantCulture);
            return n == 0 ? new CannedResponse(200, Page) : new CannedResponse(302, "", [$"Location: /{n - 1}"]);
        });
        var fetcher = new SafeHttpFetcher(AllowLoopbackLiteral());
        Assert.Equal(server.Url("/0"), (await fetcher.FetchAsync(server.Url("/5"))).Source);
        var e = await Assert.ThrowsAsync<AloudInputException>(() => fetcher.FetchAsync(server.Url("/6")));
        Assert.Contains("redirects more than 5 times", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_when_only_the_first_host_is_allowed()
    {
        await using var server = new LocalHttpServer(path => path == "/to-private"
            ? new CannedResponse(302, "", ["Location: http://10.0.0.5/internal"])
            : new CannedResponse(302, "", ["Location: http://localhost:1/"]));
        var fetcher = new SafeHttpFetcher(AllowLoopbackLiteral());
        var e = await Assert.ThrowsAsync<AloudInputException>(() => fetcher.FetchAsync(server.Url("/to-private")));
        Assert.Equal("refused: 10.0.0.5 is a private address", e.Message);
        e = await Assert.ThrowsAsync<AloudInputException>(() => fetcher.FetchAsync(server.Url("/to-localhost")));
        Assert.StartsWith("refused: localhost resolves to a loopback address", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Bodies_over_the_size_limit_are_refused(bool sendLength)
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, new string('x', 5000), SendLength: sendLength));
        var e = await Assert.ThrowsAsync<AloudInputException>(
            () => new SafeHttpFetcher(AllowLoopbackLiteral(maxBytes: 1000)).FetchAsync(server.Url("/big")));
        Assert.StartsWith("too large:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_server_times_out()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, Page, Delay: TimeSpan.FromSeconds(30)));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<AloudInputException>(
            () => new SafeHttpFetcher(AllowLoopbackLiteral(TimeSpan.FromMilliseconds(300))).FetchAsync(server.Url("/slow")));
        Assert.StartsWith("timed out after 0.3 s", e.Message, StringComparison.Ordinal);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Http_errors_are_reported_with_their_status()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(404, "gone"));
        var e = await Assert.ThrowsAsync<AloudInputException>(() => new SafeHttpFetcher(AllowLoopbackLiteral()).FetchAsync(server.Url("/missing")));
        Assert.Contains("HTTP 404", e.Message, StringComparison.Ordinal);
    }
}
