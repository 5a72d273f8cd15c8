using System.Text;
using Aloud.Store;
using Aloud.Store.Sqlite;

namespace Aloud.Tests.Store.Sqlite;

/// <summary>A migrated SQLite store in a fresh folder, with a clock the test moves.</summary>
internal sealed class SqliteStoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteStoreFixture()
    {
        Database = new SqliteDatabase(Path.Combine(_folder.Path, "aloud.db"));
        Database.MigrateAsync().GetAwaiter().GetResult();
        Articles = new SqliteArticleStore(Database, Clock);
        Queue = new SqliteJobQueue(Database, Clock);
    }

    public ManualClock Clock { get; } = new();
    public SqliteDatabase Database { get; }
    public SqliteArticleStore Articles { get; }
    public SqliteJobQueue Queue { get; }

    public static ArticleContent Text(string text) => new(SourceKind.Text, Encoding.UTF8.GetBytes(text), "text/plain", Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text))));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}

/// <summary>A clock that stands still until the test moves it.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
