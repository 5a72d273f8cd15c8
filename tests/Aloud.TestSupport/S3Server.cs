using System.Diagnostics;
using Aloud.Store.S3;
using Amazon.S3;
using Amazon.S3.Model;

namespace Aloud.Tests;

/// <summary>
/// A real S3-compatible server for the tests: s3rver (from npm, installed under .build/test-npm by
/// scripts/install-packages.sh --test) run by Node on a free loopback port with its data in a temporary folder,
/// started once per test process. Each test gets a bucket of its own. It also sets the AWS variables of this
/// process, as an operator would, so the service under test finds the endpoint the standard way.
/// </summary>
public static class S3Server
{
    private static readonly Lazy<string> Endpoint = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The AWS variables that reach this server.</summary>
    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["AWS_ENDPOINT_URL"] = Endpoint.Value,
        ["AWS_ACCESS_KEY_ID"] = "S3RVER",
        ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
        ["AWS_REGION"] = "us-east-1",
    };

    /// <summary>A client of this server.</summary>
    public static IAmazonS3 Client() => S3ClientFactory.Create(name => Environment.GetValueOrDefault(name));

    /// <summary>Creates a new, empty bucket and returns its name.</summary>
    public static string NewBucket()
    {
        var name = $"t-{Guid.NewGuid():N}"[..30];
        using var client = Client();
        client.PutBucketAsync(new PutBucketRequest { BucketName = name }).GetAwaiter().GetResult();
        return name;
    }

    private static string Start()
    {
        var script = Path.Combine(RepositoryRoot.Path, ".build", "test-npm", "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script)) throw new InvalidOperationException($"s3rver is not installed at {script}: run scripts/install-packages.sh --test");
        var folder = Path.Combine(Path.GetTempPath(), $"aloud-s3-{System.Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        // s3rver encrypts listing continuation tokens with a cipher OpenSSL 3 keeps in its legacy provider.
        foreach (var a in new[] { "--openssl-legacy-provider", script, "-d", folder, "-a", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent" }) start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node for s3rver");
        var log = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Reaper.AfterExit($"kill {process.Id}; rm -rf {Reaper.Quote(folder)}");
        FreePort.WaitUntilListening(port, TimeSpan.FromSeconds(30), () => { lock (log) return log.ToString(); });
        var endpoint = $"http://127.0.0.1:{port}";
        foreach (var (name, value) in new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = endpoint,
            ["AWS_ACCESS_KEY_ID"] = "S3RVER",
            ["AWS_SECRET_ACCESS_KEY"] = "S3RVER",
            ["AWS_REGION"] = "us-east-1",
        })
        {
            System.Environment.SetEnvironmentVariable(name, value);
        }
        return endpoint;
    }
}
