using Aloud.Store.Postgres;
using Aloud.Store.Sql;

namespace Aloud.Tests.Store.Postgres;

/// <summary>A new database on the tests' PostgreSQL (<see cref="PostgresServer"/>).</summary>
public sealed class PostgresStoreFixture : StoreFixture
{
    public string Address { get; } = PostgresServer.NewDatabase();

    protected override StoreDatabase CreateDatabase() => new PostgresDatabase(Address);

    public override void Dispose()
    {
        if (Database is PostgresDatabase postgres) postgres.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose();
    }
}
