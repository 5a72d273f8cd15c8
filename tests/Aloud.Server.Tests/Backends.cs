using Aloud.Tests;

namespace Aloud.Server.Tests;

/// <summary>Settings that put a test service on the scale-out backends: a new PostgreSQL database and a new S3 bucket.</summary>
public static class Backends
{
    public static Dictionary<string, string?> PostgresAndS3(string prefix = "audio") => new()
    {
        ["Aloud:Database"] = PostgresServer.NewDatabase(),
        ["Aloud:Blobs"] = $"s3://{S3Server.NewBucket()}/{prefix}",
    };
}
