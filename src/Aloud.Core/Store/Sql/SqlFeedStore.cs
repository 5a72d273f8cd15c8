namespace Aloud.Store.Sql;

/// <summary>Feed subscriptions in the database.</summary>
public sealed class SqlFeedStore(StoreDatabase database, TimeProvider? time = null) : IFeedStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<FeedSubscription?> AddAsync(string name, string url, NarrationSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var feed = new FeedSubscription(Ids.New(), name, url, settings, null, _time.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var added = await connection.ExecuteAsync(
            "INSERT INTO feeds (id, name, url, settings, created) VALUES (@id, @name, @url, @settings, @created) ON CONFLICT DO NOTHING", cancellationToken, null,
            ("@id", feed.Id), ("@name", name), ("@url", url), ("@settings", settings.ToJson()), ("@created", Clock.ToMs(feed.Created))).ConfigureAwait(false);
        return added == 1 ? feed : null;
    }

    public async Task<FeedSubscription?> GetAsync(string idOrName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync("SELECT * FROM feeds WHERE id = @key OR name = @key", Map, cancellationToken, null, ("@key", idOrName)).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<IReadOnlyList<FeedSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync("SELECT * FROM feeds ORDER BY created", Map, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync("DELETE FROM feeds WHERE id = @id", cancellationToken, null, ("@id", id)).ConfigureAwait(false) == 1;
    }

    public async Task SaveStateAsync(string id, string stateJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("UPDATE feeds SET state = @state WHERE id = @id", cancellationToken, null, ("@state", stateJson), ("@id", id)).ConfigureAwait(false);
    }

    private static FeedSubscription Map(System.Data.Common.DbDataReader r) =>
        new(r.String("id"), r.String("name"), r.String("url"), NarrationSettings.FromJson(r.String("settings")), r.StringOrNull("state"), Clock.FromMs(r.Long("created")));
}
