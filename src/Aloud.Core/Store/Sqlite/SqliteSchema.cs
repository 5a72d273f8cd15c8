using Aloud.Store.Sql;

namespace Aloud.Store.Sqlite;

/// <summary>The migrations (<see cref="SchemaText"/>) in SQLite's words.</summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
        SchemaText.For("INTEGER", "REAL", "BLOB", "INTEGER PRIMARY KEY AUTOINCREMENT", "written COLLATE NOCASE");
}
