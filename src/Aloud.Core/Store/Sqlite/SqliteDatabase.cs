using Microsoft.Data.Sqlite;

namespace Aloud.Store.Sqlite;

/// <summary>
/// The service's SQLite database (one file under the data folder): opens connections with the settings every
/// store relies on, and applies the schema migrations once, at start. WAL mode lets the HTTP server read while
/// workers write; writes take the database lock at BEGIN (IMMEDIATE), so two workers never deadlock upgrading
/// a read lock.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;

    public SqliteDatabase(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30, // seconds a command waits for the write lock before failing
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens a connection with foreign keys on and a busy timeout.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Creates the file if needed, switches it to WAL and brings the schema up to date.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied INTEGER NOT NULL)", cancellationToken, transaction).ConfigureAwait(false);
        var applied = await connection.ScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken, transaction).ConfigureAwait(false);
        for (var i = (int)applied; i < SqliteSchema.Migrations.Count; i++)
        {
            await connection.ExecuteAsync(SqliteSchema.Migrations[i], cancellationToken, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, applied) VALUES (@v, @t)", cancellationToken, transaction,
                ("@v", i + 1), ("@t", Clock.ToMs(DateTimeOffset.UtcNow))).ConfigureAwait(false);
        }
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
