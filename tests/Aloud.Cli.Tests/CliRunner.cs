using System.Diagnostics;

namespace Aloud.Tests;

/// <summary>The outcome of one run of the real <c>aloud</c> program.</summary>
public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError);

/// <summary>
/// Runs the built CLI (aloud.dll, copied beside the tests) as a separate process, exactly as a user
/// would, so exit codes, stderr and files written are the real ones.
/// </summary>
public static class CliRunner
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "aloud.dll");

    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Runs with <paramref name="args"/> and no standard input.</summary>
    public static CliResult Run(params string[] args) => Start(null, null, null, args);

    /// <summary>Runs with one extra environment variable set.</summary>
    public static CliResult RunWithVariable(string name, string value, params string[] args) =>
        Start(null, null, new Dictionary<string, string> { [name] = value }, args);

    /// <summary>Runs with <paramref name="standardInput"/> piped in.</summary>
    public static CliResult RunWithInput(byte[] standardInput, params string[] args) => Start(standardInput, null, null, args);

    /// <summary>Runs in <paramref name="workingDirectory"/>.</summary>
    public static CliResult RunIn(string workingDirectory, params string[] args) => Start(null, workingDirectory, null, args);

    private static CliResult Start(byte[]? standardInput, string? workingDirectory, Dictionary<string, string>? variables, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var (name, value) in variables ?? [])
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"aloud {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
