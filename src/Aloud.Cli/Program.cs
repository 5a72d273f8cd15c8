using System.CommandLine;
using Aloud.Cli.Commands;

namespace Aloud.Cli;

/// <summary>The <c>aloud</c> command line: one subcommand per job.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Aloud: narrate news articles with word timings, offline.")
        {
            NarrateCommand.Create(),
            ExtractCommand.Create(),
            NormalizeCommand.Create(),
            NamesCommand.Create(),
            EvalCommand.Create(),
            VoicesCommand.Create(),
            FeedCommand.Create(),
            ServeCommand.Create(),
            WorkerCommand.Create(),
            DemoCommand.Create(),
            KeysCommand.Create(),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Usage mistakes get the documented exit code and a pointer to help, not a help dump.
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"aloud: {error.Message}");
            }
            Console.Error.WriteLine("run 'aloud --help' or 'aloud COMMAND --help' for usage");
            return ExitCodes.Usage;
        }
        return parsed.Invoke();
    }
}
