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
            VoicesCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
