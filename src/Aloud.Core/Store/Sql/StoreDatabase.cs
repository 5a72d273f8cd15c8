using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Aloud.Store.Sql;

/// <summary>
/// A relational database holding the service's state: the one place where SQLite and PostgreSQL differ. Every
/// store is written once against this, in the SQL the two share; what they do not share (how a write transaction
/// starts, how two workers are kept off the same row, a few functions) is asked of the database here.
/// </summary>
public abstract class StoreDatabase
{
    /// <summary>Where the data lives, for logs and health checks (never a password).</summary>
    public abstract string Description { get; }

    /// <summary>Opens a connection with the settings every store relies on.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates what is missing and applies the schema migrations not yet applied, once, even when several processes start together.</summary>
    public abstract Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts a transaction that will write.</summary>
    public virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Holds <paramref name="key"/> (an article, a URL, the lexicon) until the transaction ends, so that two
    /// writers of the same thing take turns. A database that runs one write transaction at a time needs nothing.
    /// </summary>
    public virtual Task LockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Like <see cref="LockAsync"/> but gives up at once: false when another transaction holds the key.</summary>
    public virtual Task<bool> TryLockAsync(DbConnection connection, DbTransaction transaction, string key, CancellationToken cancellationToken = default) => Task.FromResult(true);

    /// <summary>What ends a query that picks a job to claim, so that claimers running at once skip each other's rows.</summary>
    public virtual string SkipLockedClause => "";

    /// <summary>The larger of two values.</summary>
    public abstract string Greatest(string a, string b);

    /// <summary>The distinct values of a text column joined with commas.</summary>
    public abstract string JoinDistinct(string column);

    /// <summary>True when <paramref name="error"/> says the database is out of reach for now (restarting, network), not that the request was wrong.</summary>
    public abstract bool IsUnavailable(Exception error);

    /// <summary>A stable 64-bit number for a lock key, the same in every process.</summary>
    protected static long LockNumber(string key) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
