using Aloud.Store.Sqlite;

namespace Aloud.Tests.Store.Sqlite;

public sealed class SqliteKeyStoreTests : IDisposable
{
    private readonly SqliteStoreFixture _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_created_key_verifies_and_only_its_hash_is_stored()
    {
        var keys = new SqliteKeyStore(_store.Database);
        var created = await keys.CreateAsync("newsroom", readOnly: false);

        Assert.StartsWith(SqliteKeyStore.SecretPrefix, created.Secret, StringComparison.Ordinal);
        Assert.Equal(created.Info.Id, (await keys.VerifyAsync(created.Secret))!.Id);
        Assert.Null(await keys.VerifyAsync(created.Secret + "x"));
        var bytes = await File.ReadAllBytesAsync(_store.Database.Path);
        Assert.DoesNotContain(created.Secret, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_no_longer_verifies()
    {
        var keys = new SqliteKeyStore(_store.Database);
        var created = await keys.CreateAsync("temp", readOnly: true);

        Assert.True(await keys.RevokeAsync(created.Info.Id));
        Assert.Null(await keys.VerifyAsync(created.Secret));
        Assert.False(await keys.RevokeAsync(created.Info.Id));
        Assert.NotNull(Assert.Single(await keys.ListAsync()).Revoked);
    }

    [Fact]
    public async Task The_operators_key_is_added_once()
    {
        var keys = new SqliteKeyStore(_store.Database);
        var first = await keys.EnsureAsync("env", "operator-chosen-secret");
        var second = await keys.EnsureAsync("env", "operator-chosen-secret");

        Assert.Equal(first.Id, second.Id);
        Assert.Single(await keys.ListAsync());
    }
}
