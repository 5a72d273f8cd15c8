using Aloud.Ingest;
using Aloud.Ingest.Feeds;

namespace Aloud.Tests.Ingest.Feeds;

public class FeedPollerTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 3, 9, 0, 0, TimeSpan.Zero);

    private const string NewItem = """
        <item><title>Market moves to the square</title><link>https://gazette.example/news/market</link>
        <guid>gazette-1042</guid><description>Stalls return on Saturday.</description></item>
        """;

    private static FeedPoller Poller(ManualTime time) => new(new SafeHttpFetcher(FeedTestSupport.LoopbackOnly()), time: time);

    [Fact]
    public async Task Conditional_polls_find_new_and_edited_items()
    {
        var version = 1;
        var requests = new List<string?>();
        await using var server = new LocalHttpServer((_, headers) =>
        {
            var sent = FeedTestSupport.Header(headers, "If-None-Match");
            lock (requests) requests.Add(sent);
            var etag = $"\"v{version}\"";
            if (sent == etag) return new CannedResponse(304, "", [$"ETag: {etag}"]);
            var body = version == 1
                ? FeedFixtures.Rss()
                : FeedFixtures.Rss(FeedFixtures.LongStory.Replace("Tuesday", "Wednesday", StringComparison.Ordinal), NewItem);
            return new CannedResponse(200, body, ["Content-Type: application/rss+xml", $"ETag: {etag}"]);
        });
        var time = new ManualTime(Start);
        var poller = Poller(time);
        var state = FeedState.Create(server.Url("/feed.xml"));
        Assert.True(poller.IsDue(state));

        var first = await poller.PollAsync(state);
        Assert.Equal(FeedPollOutcome.Updated, first.Outcome);
        Assert.Equal(["gazette-1041", "https://gazette.example/news/library"], first.NewItems.Select(i => i.Id));
        Assert.Equal("\"v1\"", first.State.ETag);
        Assert.Equal(Start + TimeSpan.FromMinutes(5), first.State.NextPoll);
        Assert.False(poller.IsDue(first.State));

        time.Advance(TimeSpan.FromMinutes(5));
        var second = await poller.PollAsync(first.State);
        Assert.Equal(FeedPollOutcome.NotModified, second.Outcome);
        Assert.Empty(second.NewItems);
        Assert.Equal(TimeSpan.FromMinutes(10), second.State.Interval);

        version = 2;
        time.Advance(TimeSpan.FromMinutes(10));
        // Through JSON, as a restart would.
        var third = await poller.PollAsync(FeedState.FromJson(second.State.ToJson()));
        Assert.Equal(FeedPollOutcome.Updated, third.Outcome);
        Assert.Equal("gazette-1042", Assert.Single(third.NewItems).Id);
        Assert.Equal("gazette-1041", Assert.Single(third.EditedItems).Id);
        Assert.Equal(TimeSpan.FromMinutes(5), third.State.Interval);
        Assert.Equal("\"v2\"", third.State.ETag);
        Assert.Equal([null, "\"v1\"", "\"v1\""], requests);

        var fourth = await poller.PollAsync(third.State);
        Assert.Equal(FeedPollOutcome.NotModified, fourth.Outcome);
    }

    [Fact]
    public async Task A_changed_guid_with_the_same_link_is_not_new()
    {
        var guid = "a-1";
        await using var server = new LocalHttpServer(_ => new CannedResponse(200,
            $"<rss><channel><item><title>Same</title><guid>{guid}</guid><link>https://x.example/same</link></item></channel></rss>"));
        var poller = Poller(new ManualTime(Start));
        var first = await poller.PollAsync(FeedState.Create(server.Url("/f")));
        guid = "a-2";
        var second = await poller.PollAsync(first.State);
        Assert.Single(first.NewItems);
        Assert.Equal(FeedPollOutcome.Unchanged, second.Outcome);
        Assert.Empty(second.NewItems);
    }

    [Fact]
    public async Task Failures_back_off_doubling_up_to_the_maximum_and_news_resets()
    {
        var failing = true;
        await using var server = new LocalHttpServer(_ => failing ? new CannedResponse(500, "oops") : new CannedResponse(200, FeedFixtures.Rss()));
        var time = new ManualTime(Start);
        var poller = Poller(time);
        var state = FeedState.Create(server.Url("/feed.xml"));
        var intervals = new List<double>();
        for (var i = 0; i < 9; i++)
        {
            var result = await poller.PollAsync(state);
            Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
            Assert.Contains("HTTP 500", result.Error, StringComparison.Ordinal);
            state = result.State;
            intervals.Add(state.Interval.TotalMinutes);
            time.Now = state.NextPoll;
        }
        Assert.Equal([5, 10, 20, 40, 80, 160, 320, 360, 360], intervals);
        Assert.Equal(9, state.Failures);

        failing = false;
        var recovered = await poller.PollAsync(state);
        Assert.Equal(FeedPollOutcome.Updated, recovered.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(5), recovered.State.Interval);
        Assert.Equal(0, recovered.State.Failures);
        Assert.Null(recovered.State.LastError);
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(503, "busy", ["Retry-After: 3600"]));
        var poller = Poller(new ManualTime(Start));
        var result = await poller.PollAsync(FeedState.Create(server.Url("/feed.xml")));
        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.Equal(Start + TimeSpan.FromHours(1), result.State.NextPoll);
    }

    [Fact]
    public async Task A_redirect_to_a_private_address_is_refused_for_feeds_too()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(302, "", ["Location: http://10.0.0.1/feed.xml"]));
        var result = await Poller(new ManualTime(Start)).PollAsync(FeedState.Create(server.Url("/feed.xml")));
        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.Equal("refused: 10.0.0.1 is a private address", result.Error);
    }

    [Fact]
    public async Task A_malformed_feed_is_a_failed_poll_not_an_exception()
    {
        await using var server = new LocalHttpServer(_ => new CannedResponse(200, "<rss><channel>", ["Content-Type: application/rss+xml"]));
        var result = await Poller(new ManualTime(Start)).PollAsync(FeedState.Create(server.Url("/feed.xml")));
        Assert.Equal(FeedPollOutcome.Failed, result.Outcome);
        Assert.StartsWith("malformed feed", result.Error, StringComparison.Ordinal);
    }
}
