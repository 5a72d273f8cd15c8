using System.CommandLine;
using Aloud.Server;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud serve</c>: the HTTP service with its workers (docs/api.md, docs/configuration.md).</summary>
internal static class ServeCommand
{
    private static readonly ServerOptionsArguments Shared = new();

    private static readonly Option<string?> Urls = new("--urls") { Description = $"Addresses to listen on, ';'-separated (default {AloudServer.DefaultUrl})." };
    private static readonly Option<string?> PublicUrl = new("--public-url") { Description = "This server's public address, for absolute links in podcast feeds (default: the request's)." };

    public static Command Create()
    {
        var command = new Command("serve", "Run the service: the API, audio, podcast feeds and the narration workers. Set ALOUD_API_KEY for a first key.")
        {
            Urls, PublicUrl,
        };
        foreach (var option in Shared.All) command.Options.Add(option);
        command.SetAction(result => CliErrors.Run(() =>
        {
            var settings = Shared.ToConfiguration(result);
            if (result.GetValue(Urls) is { } urls) settings["urls"] = urls;
            if (result.GetValue(PublicUrl) is { } publicUrl) settings["Aloud:PublicUrl"] = publicUrl;
            AloudServer.Build([], settings).Run();
            return ExitCodes.Success;
        }));
        return command;
    }
}
