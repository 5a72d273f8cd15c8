using System.CommandLine;
using System.Globalization;
using Aloud.Store.S3;

namespace Aloud.Cli.Commands;

/// <summary>
/// The options `aloud serve`, `aloud worker` and `aloud demo` share, turned into configuration keys of the
/// server ("Aloud:Data", "urls", ...), which then win over appsettings.json and the environment.
/// </summary>
internal sealed class ServerOptionsArguments
{
    public Option<string?> Data { get; } = new("--data") { Description = "Folder for all state: the SQLite database and the audio files (default ./data)." };
    public Option<string?> Database { get; } = new("--db") { Description = "The database: postgres://USER[:PASSWORD]@HOST:PORT/DB to share state between machines, or a SQLite file (default: aloud.db in --data)." };
    public Option<string?> Blobs { get; } = new("--blobs") { Description = "Where audio goes: s3://BUCKET/PREFIX (endpoint and keys from AWS_ENDPOINT_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION) or a folder (default: blobs/ in --data)." };
    public Option<int?> Workers { get; } = new("--workers") { Description = "Articles narrated at once in this process (default: the number of cores; 0 for none)." };
    public Option<int?> LeaseSeconds { get; } = new("--lease-seconds") { Description = "Seconds before a dead worker's job is taken again (default 30)." };
    public Option<bool> AllowPrivateHosts { get; } = new("--allow-private-hosts") { Description = "Let article and feed URLs reach private and loopback addresses (development only)." };

    public IEnumerable<Option> All => [Data, Database, Blobs, Workers, LeaseSeconds, AllowPrivateHosts];

    public Dictionary<string, string?> ToConfiguration(ParseResult result)
    {
        // Logs go to stderr, like every other command's progress: stdout stays for what a command prints.
        var settings = new Dictionary<string, string?> { ["Logging:Console:LogToStandardErrorThreshold"] = "Trace" };
        if (result.GetValue(Data) is { } data) settings["Aloud:Data"] = Path.GetFullPath(data);
        if (result.GetValue(Database) is { } database) settings["Aloud:Database"] = database;
        if (result.GetValue(Blobs) is { } blobs) settings["Aloud:Blobs"] = S3Address.IsS3(blobs) ? blobs : Path.GetFullPath(blobs);
        if (result.GetValue(Workers) is { } workers) settings["Aloud:Workers"] = workers.ToString(CultureInfo.InvariantCulture);
        if (result.GetValue(LeaseSeconds) is { } lease) settings["Aloud:LeaseSeconds"] = lease.ToString(CultureInfo.InvariantCulture);
        if (result.GetValue(AllowPrivateHosts)) settings["Aloud:AllowPrivateHosts"] = "true";
        return settings;
    }
}
