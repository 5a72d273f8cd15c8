namespace Aloud.Store.Sql;

/// <summary>Webhooks and the deliveries seen within their replay window, in the database.</summary>
public sealed class SqlHookStore(StoreDatabase database, TimeProvider? time = null) : IHookStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<WebHook> CreateAsync(string name, NarrationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var hook = new WebHook(Ids.New(), name, Ids.NewSecret("whsec_"), settings, _time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("INSERT INTO hooks (id, name, secret, settings, created) VALUES (@id, @name, @secret, @settings, @created)", cancellationToken, null,
            ("@id", hook.Id), ("@name", name), ("@secret", hook.Secret), ("@settings", settings.ToJson()), ("@created", Clock.ToMs(hook.Created))).ConfigureAwait(false);
        return hook;
    }

    public async Task<WebHook?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (await connection.QueryAsync("SELECT * FROM hooks WHERE id = @id", Map, cancellationToken, null, ("@id", id)).ConfigureAwait(false)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<WebHook>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync("SELECT * FROM hooks ORDER BY created", Map, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync("DELETE FROM hooks WHERE id = @id", cancellationToken, null, ("@id", id)).ConfigureAwait(false) == 1;
    }

    public async Task<bool> RememberDeliveryAsync(string hookId, string signature, DateTimeOffset expires, CancellationToken cancellationToken = default)
    {
        var now = Clock.ToMs(_time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("DELETE FROM hook_deliveries WHERE expires < @now", cancellationToken, null, ("@now", now)).ConfigureAwait(false);
        return await connection.ExecuteAsync("INSERT INTO hook_deliveries (hook_id, signature, expires) VALUES (@hook, @sig, @expires) ON CONFLICT DO NOTHING", cancellationToken, null,
            ("@hook", hookId), ("@sig", signature), ("@expires", Clock.ToMs(expires))).ConfigureAwait(false) == 1;
    }

    private static WebHook Map(System.Data.Common.DbDataReader r) =>
        new(r.String("id"), r.String("name"), r.String("secret"), NarrationSettings.FromJson(r.String("settings")), Clock.FromMs(r.Long("created")));
}
