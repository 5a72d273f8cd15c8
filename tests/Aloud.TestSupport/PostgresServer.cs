using System.Diagnostics;
using Aloud.Store.Postgres;
using Npgsql;

namespace Aloud.Tests;

/// <summary>
/// The tests' shared PostgreSQL, started once per test process (see <see cref="PostgresCluster"/>). Set
/// ALOUD_TEST_POSTGRES to a postgres:// address of an existing server to use that instead.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster(Environment.GetEnvironmentVariable("ALOUD_TEST_POSTGRES")), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A postgres:// address of a new, empty database.</summary>
    public static string NewDatabase() => Shared.Value.NewDatabase();
}

/// <summary>
/// A real PostgreSQL for the tests: Debian's server binaries run a throwaway cluster in a temporary folder on a free
/// loopback port (as the postgres user when the tests run as root, since PostgreSQL refuses to run as root), stopped
/// and removed when the test process exits, however it exits. Each test asks for a database of its own.
/// </summary>
public sealed class PostgresCluster
{
    private readonly string _admin;
    private int _databases;

    /// <param name="outside">The address of a server to use instead of starting one.</param>
    public PostgresCluster(string? outside = null) => _admin = string.IsNullOrEmpty(outside) ? Start() : outside;

    /// <summary>A postgres:// address of a new, empty database.</summary>
    public string NewDatabase()
    {
        var admin = _admin;
        var name = $"aloud_test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        var builder = PostgresUrl.Parse(admin);
        builder.Pooling = false; // a restarted cluster leaves no dead pooled connection behind for the next test
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{name}";
    }

    /// <summary>The folder of the running cluster (null when an outside server is used), for tests that restart it.</summary>
    public string? ClusterFolder { get; private set; }

    /// <summary>Stops the cluster at once (as a crash would) and starts it again; the tests' connections break.</summary>
    public void Restart(TimeSpan down)
    {
        if (ClusterFolder is null) throw new InvalidOperationException("an outside server cannot be restarted by the tests");
        RunAsOwner(PgCtl, ["-D", ClusterFolder, "-m", "immediate", "stop"]);
        Thread.Sleep(down);
        RunAsOwner(PgCtl, ["-D", ClusterFolder, "-w", "-l", Path.Combine(ClusterFolder, "log"), "start"]);
    }

    private static string PgCtl => Path.Combine(BinFolder, "pg_ctl");

    private static string BinFolder { get; } = FindBinFolder();

    private string Start()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"aloud-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(folder);
        if (IsRoot) Run("chown", ["postgres:postgres", folder]);
        RunAsOwner(Path.Combine(BinFolder, "initdb"), ["-D", folder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        var port = FreePort.Next();
        // Settings for a throwaway test cluster: no durability work, only loopback, its socket in its own folder.
        File.AppendAllText(Path.Combine(folder, "postgresql.conf"),
            $"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 200\n");
        RunAsOwner(PgCtl, ["-D", folder, "-w", "-l", Path.Combine(folder, "log"), "start"]);
        ClusterFolder = folder;
        var stop = IsRoot ? $"runuser -u postgres -- {Reaper.Quote(PgCtl)}" : Reaper.Quote(PgCtl);
        Reaper.AfterExit($"{stop} -D {Reaper.Quote(folder)} -m immediate stop; rm -rf {Reaper.Quote(folder)}");
        return $"postgres://postgres@127.0.0.1:{port}/postgres";
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static void RunAsOwner(string program, string[] arguments)
    {
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        else Run(program, arguments);
    }

    private static void Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors.Result.Trim()} {output.Result.Trim()}");
        }
    }

    private static string FindBinFolder()
    {
        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException("PostgreSQL's server is not installed (Debian package postgresql): run scripts/install-packages.sh --test");
    }
}
