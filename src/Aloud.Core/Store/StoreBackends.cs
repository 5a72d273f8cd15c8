using Aloud.Store.FileSystem;
using Aloud.Store.Postgres;
using Aloud.Store.S3;
using Aloud.Store.Sql;
using Aloud.Store.Sqlite;

namespace Aloud.Store;

/// <summary>
/// Turns the two settings an operator gives (--db, --blobs) into the database and blob store. Left out, both stay
/// on the one box: a SQLite file and a folder under the data folder.
/// </summary>
public static class StoreBackends
{
    /// <summary>A postgres:// address (or Npgsql connection string) gives PostgreSQL; a path or nothing gives SQLite.</summary>
    public static StoreDatabase OpenDatabase(string? database, string dataFolder) =>
        PostgresUrl.IsPostgres(database) ? new PostgresDatabase(database!)
            : new SqliteDatabase(string.IsNullOrWhiteSpace(database) ? Path.Combine(dataFolder, "aloud.db") : database);

    /// <summary>An s3://BUCKET/PREFIX gives S3 (endpoint and credentials from the AWS variables); a folder or nothing gives files.</summary>
    public static IBlobStore OpenBlobs(string? blobs, string dataFolder) =>
        S3Address.IsS3(blobs) ? new S3BlobStore(S3ClientFactory.Create(), S3Address.Parse(blobs!))
            : new FileSystemBlobStore(string.IsNullOrWhiteSpace(blobs) ? Path.Combine(dataFolder, "blobs") : blobs);
}
