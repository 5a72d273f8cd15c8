using System.Data.Common;
using Aloud.Store.Sql;
using Npgsql;

namespace Aloud.Store.Postgres;

/// <summary>
/// The scale-out database: PostgreSQL shared by any number of API and worker processes. Connections come from one
/// pooled data source per process; a connection broken by a database restart fails its command (the caller retries)
/// and is replaced. Writers of the same article or URL take turns through transaction-scoped advisory locks, and
/// claimers skip each other's rows, so the same rules hold as on SQLite without one global write lock.
/// </summary>
public sealed class PostgresDatabase : StoreDatabase, IAsyncDisposable
{
    /// <summary>Held while migrating, so two processes starting together apply each migration once.</summary>
    private const long MigrationLock = 0x416c6f75644d6967; // "AloudMig"

    private readonly NpgsqlDataSource _source;

    public PostgresDatabase(string address)
    {
        var builder = PostgresUrl.Parse(address);
        builder.ApplicationName ??= "aloud";
        // Fail over quickly when the server is away; the caller's retry loop does the waiting.
        if (builder.Timeout == 15) builder.Timeout = 5;
        Description = PostgresUrl.Describe(builder);
        _source = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default) =>
        await _source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@k)", cancellationToken, transaction, ("@k", MigrationLock)).ConfigureAwait(false);
        await SchemaMigrations.ApplyAsync(connection, transaction, PostgresSchema.Migrations, "BIGINT", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken = default) =>
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(@k)", cancellationToken, transaction, ("@k", LockNumber(key))).ConfigureAwait(false);

    public override async Task<bool> TryLockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken = default) =>
        await connection.ScalarAsync<bool>("SELECT pg_try_advisory_xact_lock(@k)", cancellationToken, transaction, ("@k", LockNumber(key))).ConfigureAwait(false);

    public override string SkipLockedClause => " FOR UPDATE OF j SKIP LOCKED";

    public override string Greatest(string a, string b) => $"GREATEST({a}, {b})";

    public override string JoinDistinct(string column) => $"string_agg(DISTINCT {column}, ',')";

    public override bool IsUnavailable(Exception error) => error is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException;

    /// <summary>Drops this process's idle connections (after a database restart they are all dead).</summary>
    public void ClearPool() => _source.Clear();

    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
