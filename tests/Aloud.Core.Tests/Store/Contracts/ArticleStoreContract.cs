using Aloud.Store;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every backend must do; run on each by a subclass that gives the fixture.</summary>
public abstract class ArticleStoreContract(StoreFixture store) : IDisposable
{
    private readonly StoreFixture _store = store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_new_article_gets_version_one_and_a_queued_job()
    {
        var result = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/a", Content = StoreFixture.Text("One.") });

        Assert.True(result.Created);
        Assert.True(result.Queued);
        Assert.Equal(1, result.Article.CurrentVersion);
        Assert.Equal(ArticleStatus.Queued, result.Article.Status);
        Assert.Null(result.Article.Audio);
    }

    [Fact]
    public async Task The_same_url_with_the_same_content_changes_nothing()
    {
        var first = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/a", Content = StoreFixture.Text("One.") });
        var again = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/a", Content = StoreFixture.Text("One.") });

        Assert.Equal(first.Article.Id, again.Article.Id);
        Assert.False(again.Created);
        Assert.False(again.Queued);
        Assert.Single(await _store.Articles.ListVersionsAsync(first.Article.Id));
    }

    [Fact]
    public async Task The_same_url_with_new_content_is_a_new_version_and_supersedes_the_waiting_job()
    {
        var first = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/a", Content = StoreFixture.Text("One.") });
        var edited = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/a", Content = StoreFixture.Text("One. Two.") });

        Assert.Equal(first.Article.Id, edited.Article.Id);
        Assert.True(edited.Queued);
        Assert.Equal(2, edited.Article.CurrentVersion);
        var job = await _store.Queue.ClaimAsync("w", TimeSpan.FromSeconds(30));
        Assert.Equal(2, job!.Version); // the first job was superseded: only the newest content is narrated
        Assert.Null(await _store.Queue.ClaimAsync("w", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_url_alone_queues_a_fetch_job_once()
    {
        var first = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/b" });
        var again = await _store.Articles.SubmitAsync(new ArticleSubmission { Url = "https://example.com/b" });

        Assert.Equal(0, first.Article.CurrentVersion);
        Assert.False(again.Queued); // a fetch is already waiting
        Assert.Equal(0, (await _store.Queue.ClaimAsync("w", TimeSpan.FromSeconds(30)))!.Version);
    }

    [Fact]
    public async Task Listing_pages_newest_first_and_filters_by_status()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.Articles.SubmitAsync(new ArticleSubmission { Content = StoreFixture.Text($"Article {i}.") });
            _store.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        var job = await _store.Queue.ClaimAsync("w", TimeSpan.FromSeconds(30));
        await _store.Queue.FailAsync(job!, "broken", null);

        var page = await _store.Articles.ListAsync(new ArticleQuery(0, 2));
        var failed = await _store.Articles.ListAsync(new ArticleQuery(0, 10, ArticleStatus.Failed));

        Assert.Equal(5, page.Total);
        Assert.Equal(2, page.Items.Count);
        Assert.True(page.Items[0].Created > page.Items[1].Created);
        Assert.Equal(job!.ArticleId, Assert.Single(failed.Items).Id);
        Assert.Equal("broken", failed.Items[0].Error);
    }

    [Fact]
    public async Task Deleting_removes_the_article_its_versions_and_jobs()
    {
        var article = (await _store.Articles.SubmitAsync(new ArticleSubmission { Content = StoreFixture.Text("Gone soon.") })).Article;

        Assert.True(await _store.Articles.DeleteAsync(article.Id));
        Assert.Null(await _store.Articles.GetAsync(article.Id));
        Assert.Null(await _store.Articles.GetContentAsync(article.Id, 1));
        Assert.Null(await _store.Queue.ClaimAsync("w", TimeSpan.FromSeconds(30)));
        Assert.False(await _store.Articles.DeleteAsync(article.Id));
    }

    [Fact]
    public async Task An_update_of_an_unknown_article_is_refused()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(() => _store.Articles.SubmitAsync(new ArticleSubmission { ArticleId = "nosuchid", Content = StoreFixture.Text("x") }));
    }
}
