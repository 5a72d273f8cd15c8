using System.Net;
using Aloud.Server.Endpoints;
using Aloud.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Aloud.Server.Tests.Endpoints;

/// <summary>
/// The audio route keeps what it read of an article for a second: what changes through this process is served at
/// once, what changes behind its back (another process) within the second, and a file gone is never served.
/// </summary>
public sealed class PublishedAudioCacheTests : IDisposable
{
    private readonly AloudAppFactory _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<string> NarratedAsync()
    {
        var id = await _app.PostAsync(new { text = Samples.Paragraph(3) });
        await _app.WaitForAsync(id);
        return id;
    }

    [Fact]
    public async Task A_new_narration_is_served_at_once_and_the_one_before_stays_readable()
    {
        var id = await NarratedAsync();
        var client = _app.CreateClient();
        using var first = await client.GetAsync($"/audio/{id}.mp3");

        using var retry = await _app.KeyedClient().PostAsync($"/api/articles/{id}/retry", null);
        await _app.WaitForAsync(id, revision: 2);
        using var second = await client.GetAsync($"/audio/{id}.mp3");
        using var previous = await client.GetAsync($"/audio/{id}.mp3?v=1");

        Assert.Contains("-r1-", first.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Contains("-r2-", second.Headers.ETag!.Tag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, previous.StatusCode);
    }

    [Fact]
    public async Task An_article_deleted_just_after_it_was_served_answers_404()
    {
        var id = await NarratedAsync();
        var client = _app.CreateClient();
        using var served = await client.GetAsync($"/audio/{id}.mp3");

        using var delete = await _app.KeyedClient().DeleteAsync($"/api/articles/{id}");
        using var after = await client.GetAsync($"/audio/{id}.mp3");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Fact]
    public async Task Files_removed_behind_the_servers_back_are_not_served_from_what_it_remembered()
    {
        var id = await NarratedAsync();
        var client = _app.CreateClient();
        using var served = await client.GetAsync($"/audio/{id}.mp3");

        // As another process would: the store and the files, not this server's API.
        Assert.True(await _app.Services.GetRequiredService<IArticleStore>().DeleteAsync(id));
        await _app.Services.GetRequiredService<IBlobStore>().DeletePrefixAsync(AudioKeys.FolderOf(id));
        using var after = await client.GetAsync($"/audio/{id}.mp3");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Contains($"no article {id}", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_lasts_one_second_and_unknown_articles_are_not_kept()
    {
        var id = await NarratedAsync();
        var store = _app.Services.GetRequiredService<IArticleStore>();
        var time = new SteppedTime();
        var cache = new PublishedAudioCache(time);

        Assert.Null(cache.Find(id));
        var article = await cache.LoadAsync(store, id, CancellationToken.None);
        var unknown = await cache.LoadAsync(store, "abcdefghjkmn", CancellationToken.None);
        Assert.Equal(article!.Audio, cache.Find(id)!.Audio);
        Assert.Null(unknown);
        Assert.Null(cache.Find("abcdefghjkmn"));
        time.Advance(PublishedAudioCache.Lifetime - TimeSpan.FromMilliseconds(1));
        Assert.NotNull(cache.Find(id));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(cache.Find(id));
        await cache.LoadAsync(store, id, CancellationToken.None);
        cache.Forget(id);
        Assert.Null(cache.Find(id));
    }

    private sealed class SteppedTime : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
