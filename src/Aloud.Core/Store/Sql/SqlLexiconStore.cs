namespace Aloud.Store.Sql;

/// <summary>
/// Lexicon versions in the database: each save is a new row holding the whole lexicon, and the newest
/// <paramref name="versionsKept"/> stay readable. Older rows are deleted with each save: a lexicon edited one entry
/// at a time would otherwise grow the database with the square of its size (4,000 single-entry edits made 580 MB).
/// </summary>
public sealed class SqlLexiconStore(StoreDatabase database, int versionsKept = SqlLexiconStore.DefaultVersionsKept, TimeProvider? time = null) : ILexiconStore
{
    /// <summary>How many versions stay in the database unless told otherwise.</summary>
    public const int DefaultVersionsKept = 100;

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly int _versionsKept = versionsKept >= 1 ? versionsKept : throw new ArgumentOutOfRangeException(nameof(versionsKept), "at least the current version is kept");

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
        await connection.ExecuteAsync("DELETE FROM lexicon_versions WHERE version <= @oldest", cancellationToken, tx,
            ("@oldest", saved.Version - _versionsKept)).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return saved;
    }
}
