using Aloud.Store;
using Aloud.Store.Sql;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every backend must do; run on each by a subclass that gives the fixture.</summary>
public abstract class ListeningStoreContract(StoreFixture store) : IDisposable
{
    private readonly StoreFixture _store = store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> ArticleAsync(string url) =>
        (await _store.Articles.SubmitAsync(new ArticleSubmission { Url = url, Content = StoreFixture.Text("One.") })).Article.Id;

    [Fact]
    public async Task Batches_add_up_per_article_with_quartiles_counted_once_each_and_speed_weighted_by_time()
    {
        var listening = new SqlListeningStore(_store.Database);
        var id = await ArticleAsync("https://example.com/a");
        var day = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        await listening.RecordAsync(id, new ListeningBatch(1, 30, [1], new Dictionary<double, double> { [1] = 30 }), day);
        await listening.RecordAsync(id, new ListeningBatch(0, 60, [2, 3], new Dictionary<double, double> { [2] = 60 }), day.AddHours(1));
        await listening.RecordAsync(id, new ListeningBatch(1, 10, [1], new Dictionary<double, double> { [1] = 10 }), day.AddDays(1));

        var summary = await listening.SummarizeAsync(id);

        Assert.Equal(2, summary.Plays);
        Assert.Equal(100, summary.SecondsListened);
        Assert.Equal([2L, 1, 1, 0], summary.ReachedQuartiles);
        Assert.Equal(1.6, summary.AverageRate);            // (30 + 120 + 10) / 100
        Assert.Equal(40, summary.SecondsByRate[1]);
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2)], summary.Days.Select(d => d.Day));
        Assert.Equal(90, summary.Days[0].Seconds);
    }

    [Fact]
    public async Task An_article_never_heard_summarises_to_zeros_and_is_not_listed()
    {
        var listening = new SqlListeningStore(_store.Database);
        var heard = await ArticleAsync("https://example.com/heard");
        var silent = await ArticleAsync("https://example.com/silent");
        await listening.RecordAsync(heard, new ListeningBatch(1, 5, [], new Dictionary<double, double>()), DateTimeOffset.UtcNow);

        var summary = await listening.SummarizeAsync(silent);
        var all = await listening.SummarizeAllAsync(10);

        Assert.Equal(0, summary.Plays);
        Assert.Null(summary.AverageRate);
        Assert.Equal(heard, Assert.Single(all).ArticleId);
    }

    [Fact]
    public async Task Reported_words_group_regardless_of_case_most_reported_first_and_go_with_their_article()
    {
        var listening = new SqlListeningStore(_store.Database);
        var a = await ArticleAsync("https://example.com/a");
        var b = await ArticleAsync("https://example.com/b");
        var now = DateTimeOffset.UtcNow;
        await listening.ReportAsync(a, 3, "Marchetti", "marchetti", now);
        await listening.ReportAsync(b, 9, "marchetti", "marchetti", now);
        await listening.ReportAsync(a, 5, "Alder", "alder", now);

        var reports = await listening.ListReportsAsync(10);
        Assert.Equal(["Marchetti", "Alder"], reports.Select(r => r.Written));
        Assert.Equal(2, reports[0].Reports);
        Assert.Equal(2, reports[0].ArticleIds.Count);

        await _store.Articles.DeleteAsync(a);
        Assert.Equal(1, Assert.Single(await listening.ListReportsAsync(10)).Reports);
    }
}
