using System.CommandLine;
using Aloud.Server;
using Microsoft.Extensions.Hosting;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud worker</c>: narration workers without the HTTP service, sharing a server's store.</summary>
internal static class WorkerCommand
{
    private static readonly ServerOptionsArguments Shared = new();

    public static Command Create()
    {
        var command = new Command("worker", "Run narration workers only, on the store of a server (same --data); stops cleanly on Ctrl+C or SIGTERM.");
        foreach (var option in Shared.All) command.Options.Add(option);
        command.SetAction(result => CliErrors.Run(() =>
        {
            AloudServer.BuildWorker([], Shared.ToConfiguration(result)).Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
