using System.Data.Common;
using Aloud.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Aloud.Store.Sqlite;

/// <summary>
/// The one-box database: a SQLite file under the data folder. WAL mode lets the HTTP server read while workers
/// write; writes take the database lock at BEGIN (IMMEDIATE), so two workers never deadlock upgrading a read lock,
/// and since only one write transaction runs at a time, no row needs locking of its own.
/// </summary>
public sealed class SqliteDatabase : StoreDatabase
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

    public override string Description => Path;

    /// <summary>Opens a connection with foreign keys on and a busy timeout.</summary>
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000; PRAGMA synchronous = FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Creates the file if needed, switches it to WAL and brings the schema up to date.</summary>
    public override async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        // IMMEDIATE: a second process starting at the same moment waits here, then finds the work done.
        await using var transaction = await BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await SchemaMigrations.ApplyAsync(connection, transaction, SqliteSchema.Migrations, "INTEGER", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string Greatest(string a, string b) => $"MAX({a}, {b})";

    public override string JoinDistinct(string column) => $"GROUP_CONCAT(DISTINCT {column})";

    public override bool IsUnavailable(Exception error) => error is SqliteException { SqliteErrorCode: 5 or 6 or 10 or 13 } or IOException; // busy, locked, I/O error, full

    /// <summary>Closes pooled connections (tests delete the file afterwards).</summary>
    public static void ClearPools() => SqliteConnection.ClearAllPools();
}
