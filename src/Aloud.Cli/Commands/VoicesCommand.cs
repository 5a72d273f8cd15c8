using System.CommandLine;
using System.Diagnostics;
using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Voices;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud voices [list | install SOURCE | remove ID | test ID TEXT]</c>: the voices of this machine, and the
/// catalogue of installed neural voices (<see cref="VoiceCatalogue.DefaultFolder"/>, or <c>$ALOUD_VOICES</c>).
/// </summary>
internal static class VoicesCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List every voice: id, engine, language, sample rate, description (neural voices: quality, speakers, licence).");
        list.SetAction(_ => CliErrors.Run(List));

        var source = new Argument<string>("SOURCE") { Description = "A folder of NAME.onnx + NAME.onnx.json pairs (Piper), one of those files, an http(s) URL of a NAME.onnx, or a folder with a Kokoro model (MODEL.onnx, its voices .npz/.bin and config.json)." };
        var sha = new Option<string?>("--sha256") { Description = "The model's SHA-256 (hex): the install fails, and installs nothing, when the file differs." };
        var force = new Option<bool>("--force") { Description = "Replace an installed voice of the same name whose files differ." };
        var allowPrivate = ArticleInputOptions.AllowPrivateHosts();
        var install = new Command("install", "Install Piper voices or a Kokoro model's voices (checked: the config parses, the model loads with the engine's inputs and outputs).") { source, sha, force, allowPrivate };
        install.SetAction(result => CliErrors.Run(() =>
        {
            if (KokoroInstaller.Holds(result.GetValue(source)!))
            {
                return InstallKokoro(result.GetValue(source)!, result.GetValue(sha), result.GetValue(force));
            }

            var fetch = result.GetValue(allowPrivate) ? VoiceInstaller.DownloadDefaults with { AllowPrivateHosts = true } : VoiceInstaller.DownloadDefaults;
            var catalogue = new VoiceCatalogue(VoiceCatalogue.DefaultFolder);
            var installed = new VoiceInstaller(catalogue, fetch)
                .InstallAsync(result.GetValue(source)!, result.GetValue(sha), result.GetValue(force)).GetAwaiter().GetResult();
            foreach (var (voice, outcome) in installed)
            {
                var what = outcome switch
                {
                    InstallOutcome.AlreadyInstalled => "already installed (same files)",
                    InstallOutcome.Replaced => "replaced",
                    _ => "installed",
                };
                Console.WriteLine($"{voice.Id}\t{what}\t{voice.Config.Language}, {voice.Config.SampleRate} Hz, {voice.Folder}");
            }
            return ExitCodes.Success;
        }));

        var id = new Argument<string>("ID") { Description = "A voice id, e.g. piper:en_US-amy-medium." };
        var remove = new Command("remove", "Remove an installed neural voice.") { id };
        remove.SetAction(result => CliErrors.Run(() =>
        {
            var voice = result.GetValue(id)!;
            if (!new VoiceCatalogue(VoiceCatalogue.DefaultFolder).Remove(voice))
            {
                throw new UsageException($"no installed voice '{voice}' ('aloud voices list' shows them)");
            }
            Console.Error.WriteLine($"removed {voice}");
            return ExitCodes.Success;
        }));

        var testId = new Argument<string>("ID") { Description = "Any voice id." };
        var text = new Argument<string>("TEXT") { Description = "What to say." };
        var output = new Option<string>("--output", "-o") { Description = "The WAV file to write.", DefaultValueFactory = _ => "voice-test.wav" };
        var test = new Command("test", "Say a text with a voice: writes a WAV and prints its length, word count and real-time factor.") { testId, text, output };
        test.SetAction(result => CliErrors.Run(() => Test(result.GetValue(testId)!, result.GetValue(text)!, result.GetValue(output)!)));

        var command = new Command("voices", "List the voices of this machine; install, remove and test neural (Piper, Kokoro) voices; set a voice's defaults.") { list, install, remove, test, VoiceSetCommand.Create() };
        command.SetAction(_ => CliErrors.Run(List));
        return command;
    }

    private static int InstallKokoro(string folder, string? sha256, bool force)
    {
        if (sha256 is not null)
        {
            throw new UsageException("--sha256 checks one downloaded Piper model; a Kokoro model is installed from a local folder");
        }

        var result = new KokoroInstaller(new VoiceCatalogue(VoiceCatalogue.DefaultFolder)).Install(folder, force);
        foreach (var (voice, outcome) in result.Voices)
        {
            var what = outcome switch
            {
                InstallOutcome.AlreadyInstalled => "already installed (same files)",
                InstallOutcome.Replaced => "replaced",
                _ => "installed",
            };
            Console.WriteLine($"{voice.Id}\t{what}\t{voice.Language}, 24000 Hz, {voice.ModelFolder}");
        }

        foreach (var group in result.Skipped.GroupBy(s => s.Why))
        {
            Console.Error.WriteLine($"aloud: skipped {Plural.Count(group.Count(), "voice")} ({string.Join(", ", group.Select(s => s.Name))}): {group.Key}");
        }

        return ExitCodes.Success;
    }

    private static int List()
    {
        using var engines = new SpeechEngines();
        IReadOnlyDictionary<string, VoiceDefaults> defaults;
        try
        {
            defaults = new VoiceDefaultsFile(engines.Catalogue.Folder).ReadAll();
        }
        catch (VoiceFileException error)
        {
            Console.Error.WriteLine($"aloud: {error.Message}");
            defaults = new Dictionary<string, VoiceDefaults>();
        }
        foreach (var voice in engines.Voices)
        {
            // A voice's own defaults ('aloud voices set') close its line.
            var own = defaults.TryGetValue(voice.Id.ToLowerInvariant(), out var set) ? $"  [{set.Describe()}]" : "";
            Console.WriteLine($"{voice.Id,-16} {voice.Engine,-7} {voice.Language,-15} {voice.SampleRate,6} Hz  {voice.Description}{own}");
        }
        foreach (var problem in engines.Catalogue.Problems())
        {
            Console.Error.WriteLine($"aloud: skipped a broken voice: {problem}");
        }
        return ExitCodes.Success;
    }

    private static int Test(string voiceId, string text, string output)
    {
        OutputPlan.Check("-", [new("--output", output, [".wav"])]);
        using var engines = new SpeechEngines();
        ISpeechEngine engine;
        Voice voice;
        try
        {
            (engine, voice) = engines.Resolve(voiceId);
        }
        catch (ArgumentException error)
        {
            throw new UsageException(error.Message);
        }
        var article = PlainTextArticleReader.Read(text);
        var script = new ScriptWriter(new ScriptOptions()).Write(article);
        if (script.Sentences.Count == 0)
        {
            throw new AloudInputException("nothing to say: the text has no speakable words");
        }
        var clock = Stopwatch.StartNew();
        var narration = new Narrator(engine, voice, new SynthesisOptions()).Narrate(script);
        var seconds = clock.Elapsed.TotalSeconds;
        OutputFile.Write(output, stream => AudioEncoders.ForFormat(AudioFormat.Wav).Encode(narration.Audio, stream, AudioTags.For(article, voice)));
        Console.WriteLine($"{voice.Id}: {DurationText.Format(narration.DurationMs)} of audio at {voice.SampleRate} Hz, {Plural.Count(narration.Words.Count, "timed word")}, "
            + $"synthesised in {seconds:0.00} s (real-time factor {seconds / Math.Max(1e-9, narration.DurationMs / 1000):0.000}); wrote {output}");
        return ExitCodes.Success;
    }
}
