using Aloud.Ingest;

namespace Aloud.Tests.Ingest.Feeds;

public class ConditionalFetchTests
{
    private const string Body = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";

    [Fact]
    public async Task Returns_validators_and_a_304_as_not_modified()
    {
        await using var server = new LocalHttpServer((_, headers) =>
            FeedTestSupport.Header(headers, "If-None-Match") == "\"v1\""
                ? new CannedResponse(304, "", ["ETag: \"v1\""])
                : new CannedResponse(200, Body, ["Content-Type: application/rss+xml", "ETag: \"v1\"", "Last-Modified: Tue, 03 Jun 2025 08:00:00 GMT"]));
        var fetcher = new SafeHttpFetcher(FeedTestSupport.LoopbackOnly());

        var first = await fetcher.FetchConditionalAsync(server.Url("/feed"));
        Assert.Equal(FetchStatus.Fetched, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 8, 0, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal(Body, System.Text.Encoding.UTF8.GetString(first.Input!.Bytes));

        var second = await fetcher.FetchConditionalAsync(server.Url("/feed"), first.Validators);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Null(second.Input);
        Assert.Equal(304, second.HttpStatus);
    }

    [Fact]
    public async Task Sends_if_modified_since()
    {
        string? seen = null;
        await using var server = new LocalHttpServer((_, headers) =>
        {
            seen = FeedTestSupport.Header(headers, "If-Modified-Since");
            return new CannedResponse(304);
        });
        var since = new DateTimeOffset(2025, 6, 3, 8, 0, 0, TimeSpan.Zero);
        var result = await new SafeHttpFetcher(FeedTestSupport.LoopbackOnly())
            .FetchConditionalAsync(server.Url("/feed"), new ConditionalRequest(null, since));
        Assert.Equal(FetchStatus.NotModified, result.Status);
        Assert.Equal("Tue, 03 Jun 2025 08:00:00 GMT", seen);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Busy_servers_give_retry_later_with_retry_after(int status)
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(status, "busy", ["Retry-After: 120"]));
        var fetcher = new SafeHttpFetcher(FeedTestSupport.LoopbackOnly());
        var result = await fetcher.FetchConditionalAsync(server.Url("/feed"));
        Assert.Equal(FetchStatus.RetryLater, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);

        // The plain fetch still treats it as a failure, as before.
        var e = await Assert.ThrowsAsync<AloudInputException>(() => fetcher.FetchAsync(server.Url("/feed")));
        Assert.Contains($"HTTP {status}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_media_type_is_named_in_the_error()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, "PNG", ["Content-Type: image/png"]));
        var url = server.Url("/y");
        var e = await Assert.ThrowsAsync<AloudInputException>(
            () => new SafeHttpFetcher(FeedTestSupport.LoopbackOnly(MediaTypes.PagesAndFeeds)).FetchAsync(url));
        Assert.Equal($"refused: {url} is image/png, not a page or feed", e.Message);
    }

    [Theory]
    [InlineData("application/atom+xml; charset=utf-8")]
    [InlineData("Application/Feed+JSON")]
    [InlineData("text/html")]
    [InlineData(null)]
    public async Task Pages_feeds_and_undeclared_types_are_accepted(string? contentType)
    {
        await using var server = new LocalHttpServer(_ =>
            new CannedResponse(200, Body, contentType is null ? [] : [$"Content-Type: {contentType}"]));
        var input = await new SafeHttpFetcher(FeedTestSupport.LoopbackOnly(MediaTypes.PagesAndFeeds)).FetchAsync(server.Url("/f"));
        Assert.Equal(Body.Length, input.Bytes.Length);
    }
}
