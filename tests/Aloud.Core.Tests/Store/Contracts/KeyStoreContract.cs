using Aloud.Store.Sql;

namespace Aloud.Tests.Store.Contracts;

/// <summary>What every backend must do; run on each by a subclass that gives the fixture.</summary>
public abstract class KeyStoreContract(StoreFixture store) : IDisposable
{
    private readonly StoreFixture _store = store;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_created_key_verifies_and_only_its_hash_is_stored()
    {
        var keys = new SqlKeyStore(_store.Database);
        var created = await keys.CreateAsync("newsroom", readOnly: false);

        Assert.StartsWith(SqlKeyStore.SecretPrefix, created.Secret, StringComparison.Ordinal);
        Assert.Equal(created.Info.Id, (await keys.VerifyAsync(created.Secret))!.Id);
        Assert.Null(await keys.VerifyAsync(created.Secret + "x"));
        Assert.DoesNotContain(created.Secret, await _store.DumpAsync("api_keys"), StringComparison.Ordinal);
        Assert.Contains(SqlKeyStore.Hash(created.Secret), await _store.DumpAsync("api_keys"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_verifies()
    {
        var keys = new SqlKeyStore(_store.Database);
        var created = await keys.CreateAsync("temp", readOnly: true);

        Assert.True(await keys.RevokeAsync(created.Info.Id));
        Assert.Null(await keys.VerifyAsync(created.Secret));
        Assert.False(await keys.RevokeAsync(created.Info.Id));
        Assert.NotNull(Assert.Single(await keys.ListAsync()).Revoked);
    }

    [Fact]
    public async Task The_operators_key_is_added_once()
    {
        var keys = new SqlKeyStore(_store.Database);
        var first = await keys.EnsureAsync("env", "operator-chosen-secret");
        var second = await keys.EnsureAsync("env", "operator-chosen-secret");

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await keys.ListAsync());
    }
}
