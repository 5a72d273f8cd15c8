using System.Text;
using Aloud.Store;
using Aloud.Store.Sql;

namespace Aloud.Tests.Store;

/// <summary>
/// A migrated, empty store of one backend with a clock the test moves: the contract tests run the same cases on
/// each backend through this.
/// </summary>
public abstract class StoreFixture : IDisposable
{
    private StoreDatabase? _database;
    private SqlArticleStore? _articles;
    private SqlJobQueue? _queue;

    public ManualClock Clock { get; } = new();

    public StoreDatabase Database => _database ??= Open();

    public SqlArticleStore Articles => _articles ??= new SqlArticleStore(Database, Clock);

    public SqlJobQueue Queue => _queue ??= new SqlJobQueue(Database, Clock);

    /// <summary>Creates the backend's empty database and migrates it.</summary>
    protected abstract StoreDatabase CreateDatabase();

    private StoreDatabase Open()
    {
        var database = CreateDatabase();
        database.MigrateAsync().GetAwaiter().GetResult();
        return database;
    }

    public static ArticleContent Text(string text) => new(SourceKind.Text, Encoding.UTF8.GetBytes(text), "text/plain", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))));

    /// <summary>Every value of every row of a table, as text: what anyone reading the database would see.</summary>
    public async Task<string> DumpAsync(string table)
    {
        await using var connection = await Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table}";
        await using var reader = await command.ExecuteReaderAsync();
        var text = new StringBuilder();
        while (await reader.ReadAsync())
        {
            for (var i = 0; i < reader.FieldCount; i++) text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
            text.AppendLine();
        }
        return text.ToString();
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>A clock that stands still until the test moves it.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
