using System.Diagnostics;

namespace Aloud.Tests;

/// <summary>
/// Cleans up after the test process however it ends: a detached shell waits for this process to exit (even when
/// the test runner kills it) and then runs the cleanup, so no PostgreSQL cluster or S3 server outlives the tests.
/// </summary>
public static class Reaper
{
    /// <summary>Runs the shell command <paramref name="cleanup"/> once this process has exited.</summary>
    public static void AfterExit(string cleanup)
    {
        var watcher = $"(while kill -0 {Environment.ProcessId} 2>/dev/null; do sleep 1; done; {cleanup}) </dev/null >/dev/null 2>&1 &";
        using var shell = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { "-c", watcher }, UseShellExecute = false })
            ?? throw new InvalidOperationException("could not start the cleanup watcher");
        shell.WaitForExit();
    }

    /// <summary>A path or word quoted for the shell.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
