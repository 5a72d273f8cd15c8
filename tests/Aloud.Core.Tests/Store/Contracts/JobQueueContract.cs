using Aloud.Store;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every backend must do; run on each by a subclass that gives the fixture.</summary>
public abstract class JobQueueContract(StoreFixture store) : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly StoreFixture _store = store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<string> NewArticle(string text = "Hello.") =>
        (await _store.Articles.SubmitAsync(new ArticleSubmission { Content = StoreFixture.Text(text) })).Article.Id;

    private static CompletedNarration Output(int revision = 1) => new(1234, new Dictionary<string, long> { ["mp3"] = 100, ["json"] = 10 }, "rms", revision);

    [Fact]
    public async Task A_job_is_claimed_by_one_worker_only()
    {
        await NewArticle();
        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => _store.Queue.ClaimAsync($"w{i}", Lease)));

        Assert.Single(claims, c => c is not null);
    }

    [Fact]
    public async Task A_job_whose_lease_ran_out_is_claimed_again_and_the_old_holder_can_no_longer_complete_it()
    {
        await NewArticle();
        var first = await _store.Queue.ClaimAsync("dead", Lease);
        _store.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var second = await _store.Queue.ClaimAsync("alive", Lease);

        Assert.Equal(first!.Id, second!.Id);
        Assert.Equal(2, second.Attempt);
        Assert.False(await _store.Queue.HeartbeatAsync(first, 1, 2, Lease));
        Assert.False(await _store.Queue.CompleteAsync(first, Output()));
        Assert.True(await _store.Queue.CompleteAsync(second, Output()));
    }

    [Fact]
    public async Task Heartbeats_keep_the_lease_and_record_progress()
    {
        var id = await NewArticle();
        var job = await _store.Queue.ClaimAsync("w", Lease);
        for (var i = 0; i < 5; i++)
        {
            _store.Clock.Advance(TimeSpan.FromSeconds(20));
            Assert.True(await _store.Queue.HeartbeatAsync(job!, i, 10, Lease));
        }

        Assert.Null(await _store.Queue.ClaimAsync("other", Lease));
        var article = await _store.Articles.GetAsync(id);
        Assert.Equal(ArticleStatus.Running, article!.Status);
        Assert.Equal((4, 10), (article.SentencesDone, article.SentencesTotal));
    }

    [Fact]
    public async Task Completion_publishes_the_audio_in_the_same_step()
    {
        var id = await NewArticle();
        var job = await _store.Queue.ClaimAsync("w", Lease);
        Assert.Equal(1, await _store.Queue.NextRevisionAsync(id));

        Assert.True(await _store.Queue.CompleteAsync(job!, Output()));

        var article = await _store.Articles.GetAsync(id);
        Assert.Equal(ArticleStatus.Done, article!.Status);
        Assert.Equal(1, article.Audio!.Revision);
        Assert.Equal(100, article.Audio.Files["mp3"]);
        Assert.Equal(2, await _store.Queue.NextRevisionAsync(id));
        Assert.Equal(0, await _store.Queue.LiveLeasesAsync());
    }

    [Fact]
    public async Task Every_attempt_gets_a_revision_of_its_own_and_only_published_ones_are_served()
    {
        var id = await NewArticle();
        var job = await _store.Queue.ClaimAsync("w", Lease);
        var abandoned = await _store.Queue.NextRevisionAsync(id); // an attempt that died after writing its files
        var used = await _store.Queue.NextRevisionAsync(id);
        Assert.NotEqual(abandoned, used);
        Assert.True(await _store.Queue.CompleteAsync(job!, Output(used)));
        var first = (await _store.Articles.GetAsync(id))!.Audio!;
        Assert.True(first.Serves(used));
        Assert.False(first.Serves(abandoned));
        Assert.Null(first.PreviousRevision);

        await _store.Articles.SubmitAsync(new ArticleSubmission { ArticleId = id, Content = StoreFixture.Text("Hello again.") });
        var second = await _store.Queue.ClaimAsync("w", Lease);
        var next = await _store.Queue.NextRevisionAsync(id);
        Assert.True(next > used);
        Assert.True(await _store.Queue.CompleteAsync(second!, Output(next)));

        var audio = (await _store.Articles.GetAsync(id))!.Audio!;
        Assert.Equal((next, used), (audio.Revision, audio.PreviousRevision));
        Assert.True(audio.Serves(used)); // listeners in the middle of the old narration
        Assert.False(audio.Serves(abandoned));
    }

    [Fact]
    public async Task An_article_is_never_narrated_twice_at_once()
    {
        var id = await NewArticle("One.");
        var running = await _store.Queue.ClaimAsync("w1", Lease);
        await _store.Articles.SubmitAsync(new ArticleSubmission { ArticleId = id, Content = StoreFixture.Text("One. Two.") });

        Assert.Null(await _store.Queue.ClaimAsync("w2", Lease)); // version 2 waits for version 1's job
        await _store.Queue.CompleteAsync(running!, Output());
        var next = await _store.Queue.ClaimAsync("w2", Lease);
        Assert.Equal(2, next!.Version);
    }

    [Fact]
    public async Task A_failure_with_a_retry_waits_then_runs_again_and_a_final_one_fails_the_article()
    {
        var id = await NewArticle();
        var job = await _store.Queue.ClaimAsync("w", Lease);
        Assert.True(await _store.Queue.FailAsync(job!, "engine crashed", TimeSpan.FromSeconds(10)));

        Assert.Null(await _store.Queue.ClaimAsync("w", Lease));
        Assert.Equal("engine crashed", (await _store.Articles.GetAsync(id))!.Error);
        _store.Clock.Advance(TimeSpan.FromSeconds(11));
        var retry = await _store.Queue.ClaimAsync("w", Lease);
        Assert.Equal(2, retry!.Attempt);

        Assert.True(await _store.Queue.FailAsync(retry, "engine crashed again", null));
        Assert.Equal(ArticleStatus.Failed, (await _store.Articles.GetAsync(id))!.Status);
        Assert.True(await _store.Articles.RequeueAsync(id, "retry"));
        Assert.Equal(ArticleStatus.Queued, (await _store.Articles.GetAsync(id))!.Status);
    }

    [Fact]
    public async Task A_job_that_keeps_killing_its_worker_is_failed_in_the_end()
    {
        var id = await NewArticle();
        for (var i = 0; i < Aloud.Store.Sql.SqlJobQueue.MaxLeaseExpiries; i++)
        {
            Assert.NotNull(await _store.Queue.ClaimAsync("w", Lease));
            _store.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        }

        Assert.Null(await _store.Queue.ClaimAsync("w", Lease));
        var article = await _store.Articles.GetAsync(id);
        Assert.Equal(ArticleStatus.Failed, article!.Status);
        Assert.Contains("stopped", article.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fetched_page_unchanged_since_its_narration_ends_the_job_without_narrating()
    {
        var submitted = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/c" });
        var fetch = await _store.Queue.ClaimAsync("w", Lease);
        var content = StoreFixture.Text("Page text.");
        Assert.Equal(1, await _store.Queue.ResolveFetchedAsync(fetch!, content, new ArticleFacts("Title", null, null, "en")));
        await _store.Queue.CompleteAsync(fetch!, Output());

        await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/c" });
        var again = await _store.Queue.ClaimAsync("w", Lease);
        Assert.Null(await _store.Queue.ResolveFetchedAsync(again!, content, new ArticleFacts("Title", null, null, "en")));

        var article = await _store.Articles.GetAsync(submitted.Article.Id);
        Assert.Equal(ArticleStatus.Done, article!.Status);
        Assert.Equal("Title", article.Title);
        Assert.Equal(1, article.CurrentVersion);
    }

    [Fact]
    public async Task Counts_by_state()
    {
        await NewArticle("a");
        await NewArticle("b");
        var job = await _store.Queue.ClaimAsync("w", Lease);
        await _store.Queue.CompleteAsync(job!, Output());

        Assert.Equal(new QueueCounts(1, 0, 1, 0), await _store.Queue.CountsAsync());
    }
}
