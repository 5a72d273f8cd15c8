using System.CommandLine;
using Aloud.Speech;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud voices</c>: lists the voices installed engines offer.</summary>
internal static class VoicesCommand
{
    public static Command Create()
    {
        var command = new Command("voices", "List the voices available on this machine (id, engine, language, sample rate).");
        command.SetAction(_ => CliErrors.Run(() =>
        {
            using var engines = new SpeechEngines();
            foreach (var voice in engines.Voices)
            {
                Console.WriteLine($"{voice.Id,-16} {voice.Engine,-7} {voice.Language,-15} {voice.SampleRate,6} Hz  {voice.Description}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
