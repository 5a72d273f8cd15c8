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
}
