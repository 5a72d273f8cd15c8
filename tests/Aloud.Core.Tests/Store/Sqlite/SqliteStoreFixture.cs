using Aloud.Store.Sql;
using Aloud.Store.Sqlite;

namespace Aloud.Tests.Store.Sqlite;

/// <summary>A SQLite file in a fresh folder.</summary>
public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly TempFolder _folder = new();

    protected override StoreDatabase CreateDatabase() => new SqliteDatabase(Path.Combine(_folder.Path, "aloud.db"));

    public override void Dispose()
    {
        SqliteDatabase.ClearPools();
        _folder.Dispose();
        base.Dispose();
    }
}
