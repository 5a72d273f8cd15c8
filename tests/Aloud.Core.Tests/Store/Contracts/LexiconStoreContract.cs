using Aloud.Store.Sql;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every backend must do; run on each by a subclass that gives the fixture.</summary>
public abstract class LexiconStoreContract(StoreFixture store) : IDisposable
{
    private readonly StoreFixture _store = store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Each_save_is_a_new_version_and_a_stale_one_is_refused()
    {
        var lexicons = new SqlLexiconStore(_store.Database);
        Assert.Null(await lexicons.GetCurrentAsync());

        var first = await lexicons.SaveAsync(0, v => $"{{\"version\": {v}, \"entries\": []}}");
        var stale = await lexicons.SaveAsync(0, v => "{}");
        var second = await lexicons.SaveAsync(1, v => $"{{\"version\": {v}, \"entries\": []}}");

        Assert.Equal(1, first!.Version);
        Assert.Null(stale);
        Assert.Equal(2, second!.Version);
        Assert.Contains("\"version\": 2", (await lexicons.GetCurrentAsync())!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_newest_versions_are_kept_and_numbering_goes_on()
    {
        var lexicons = new SqlLexiconStore(_store.Database, versionsKept: 3);
        for (var expected = 0; expected < 7; expected++)
        {
            Assert.NotNull(await lexicons.SaveAsync(expected, v => $"{{\"version\": {v}, \"entries\": []}}"));
        }

        await using var connection = await _store.Database.OpenAsync(CancellationToken.None);
        var kept = await connection.QueryAsync("SELECT version FROM lexicon_versions ORDER BY version", r => r.Long("version"), CancellationToken.None);
        Assert.Equal([5L, 6L, 7L], kept);
        Assert.Equal(7, (await lexicons.GetCurrentAsync())!.Version);
        Assert.Equal(8, (await lexicons.SaveAsync(7, v => $"{{\"version\": {v}, \"entries\": []}}"))!.Version);
    }

    [Fact]
    public void Keeping_no_version_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqlLexiconStore(_store.Database, versionsKept: 0));
}
