using Aloud.Ingest.Feeds;

namespace Aloud.Tests.Ingest.Feeds;

public class FeedStateTests
{
    [Fact]
    public void Round_trips_through_json()
    {
        var state = FeedState.Create(new Uri("https://gazette.example/feed.xml")) with
        {
            ETag = "W/\"abc\"",
            LastModified = new DateTimeOffset(2025, 6, 3, 8, 0, 0, TimeSpan.Zero),
            NextPoll = new DateTimeOffset(2025, 6, 3, 9, 5, 0, TimeSpan.Zero),
            Interval = TimeSpan.FromMinutes(5),
            Failures = 2,
            LastError = "HTTP 500",
            Seen = [new SeenFeedItem("gazette-1041", new Uri("https://gazette.example/news/footbridge"), "ab12", DateTimeOffset.UnixEpoch)],
        };
        var back = FeedState.FromJson(state.ToJson());
        Assert.Equal(state with { Seen = [] }, back with { Seen = [] });
        Assert.Equal(state.Seen, back.Seen);
    }

    [Fact]
    public void Remembers_a_bounded_number_of_items_but_never_forgets_listed_ones()
    {
        var now = DateTimeOffset.UnixEpoch;
        var seen = Enumerable.Range(0, 5).Select(i => new SeenFeedItem($"old-{i}", null, "h", now)).ToList();
        var listed = new FeedItem("old-0", null, "T", null, null, null, null, null);
        var result = FeedDiff.Compare(seen, [listed], now, maxRemembered: 2);
        Assert.Equal(["old-0", "old-4"], result.Seen.Select(s => s.Id));
        Assert.Single(result.Edited); // "h" is not the hash of "T"
    }
}
