namespace Aloud.Store.Sql;

/// <summary>Lexicon versions in the database: each save is a new row, so every earlier version stays readable.</summary>
public sealed class SqlLexiconStore(StoreDatabase database, TimeProvider? time = null) : ILexiconStore
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<StoredLexicon?> GetCurrentAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync("SELECT * FROM lexicon_versions ORDER BY version DESC LIMIT 1",
            r => new StoredLexicon((int)r.Long("version"), r.String("json"), Clock.FromMs(r.Long("created"))), cancellationToken).ConfigureAwait(false);
        return rows.FirstOrDefault();
    }

    public async Task<StoredLexicon?> SaveAsync(int expectedVersion, Func<int, string> buildJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(buildJson);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await database.LockAsync(connection, tx, "lexicon", cancellationToken).ConfigureAwait(false);
        var current = (int)await connection.ScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM lexicon_versions", cancellationToken, tx).ConfigureAwait(false);
        if (current != expectedVersion) return null;
        var saved = new StoredLexicon(current + 1, buildJson(current + 1), _time.GetUtcNow());
        await connection.ExecuteAsync("INSERT INTO lexicon_versions (version, json, created) VALUES (@v, @json, @now)", cancellationToken, tx,
            ("@v", saved.Version), ("@json", saved.Json), ("@now", Clock.ToMs(saved.Created))).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }
}
