using System.Data.Common;

namespace Aloud.Store.Sql;

/// <summary>Applies the migrations a database has not had yet, in order, recording each in <c>schema_migrations</c>.</summary>
internal static class SchemaMigrations
{
    /// <summary>Runs inside the caller's transaction, which must already keep other migrating processes out.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> migrations, string integerType, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync($"CREATE TABLE IF NOT EXISTS schema_migrations (version {integerType} PRIMARY KEY, applied {integerType} NOT NULL)", cancellationToken, transaction).ConfigureAwait(false);
        var applied = await connection.ScalarAsync<long>("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", cancellationToken, transaction).ConfigureAwait(false);
        if (applied > migrations.Count)
        {
            throw new InvalidOperationException($"the database has schema version {applied} but this Aloud knows only {migrations.Count}: run a newer Aloud");
        }
        for (var i = (int)applied; i < migrations.Count; i++)
        {
            await connection.ExecuteAsync(migrations[i], cancellationToken, transaction).ConfigureAwait(false);
            await connection.ExecuteAsync("INSERT INTO schema_migrations (version, applied) VALUES (@v, @t)", cancellationToken, transaction,
                ("@v", (long)(i + 1)), ("@t", Clock.ToMs(DateTimeOffset.UtcNow))).ConfigureAwait(false);
        }
    }
}
