using Npgsql;

namespace Aloud.Store.Postgres;

/// <summary>
/// Reads the database address the way operators write it, <c>postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=require]</c>
/// (also <c>postgresql://</c>), or a plain Npgsql connection string ("Host=...;Database=...").
/// </summary>
public static class PostgresUrl
{
    /// <summary>True when <paramref name="text"/> names a PostgreSQL database rather than a SQLite file.</summary>
    public static bool IsPostgres(string? text) =>
        text is not null && (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Contains("Host=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql connection string for <paramref name="text"/>; a clear error when it cannot be read.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(text);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"--db: not a PostgreSQL connection string: {e.Message}", e);
            }
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException("--db: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE");
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0) throw new ArgumentException("--db: the address names no database (postgres://USER@HOST:PORT/DATABASE)");
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host.Trim('[', ']'),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
        };
        var userInfo = uri.UserInfo.Split(':', 2);
        if (userInfo[0].Length > 0) builder.Username = Uri.UnescapeDataString(userInfo[0]);
        if (userInfo.Length == 2) builder.Password = Uri.UnescapeDataString(userInfo[1]);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : "";
            try
            {
                builder[key] = value;
            }
            catch (ArgumentException)
            {
                throw new ArgumentException($"--db: unknown connection option '{key}'");
            }
        }
        return builder;
    }

    /// <summary>The address without its password, for logs.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }
}
