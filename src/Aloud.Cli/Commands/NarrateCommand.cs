using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Aloud.Audio.Encoders;
using Aloud.Ingest;
using Aloud.Narration;
using Aloud.Script;
using Aloud.Speech;
using Aloud.Speech.Voices;

namespace Aloud.Cli.Commands;

/// <summary><c>aloud narrate INPUT</c>: an article page, URL or text in; audio, timings, captions and script out.</summary>
internal static class NarrateCommand
{
    private static readonly Argument<string> Input = ArticleInputOptions.Input();

    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Audio file to write; the extension picks the format: .mp3 (default), .ogg/.opus (Ogg Opus) or .wav.",
    };

    private static readonly Option<string> VoiceName = new("--voice")
    {
        Description = "Voice id (see 'aloud voices').",
        DefaultValueFactory = _ => SpeechEngines.DefaultVoiceId,
    };

    private static readonly Option<double?> Rate = new("--rate")
    {
        Description = "Speaking rate: 1.0 is the voice's normal speed, 1.25 is a quarter faster (0.5 to 2.0). Default: the voice's own ('aloud voices set'), else 1.0.",
    };

    private static readonly Option<string[]> VoiceFor = new("--voice-for")
    {
        Description = "LANG=VOICE: passages marked in LANG (lang, xml:lang) are read by VOICE, e.g. --voice-for de=espeak:de (repeatable). "
            + "Default: a voice of the article voice's engine for LANG, else eSpeak NG's, else the article's voice.",
        AllowMultipleArgumentsPerToken = false,
    };

    private static readonly Option<double?> SentencePause = new("--sentence-pause")
    {
        Description = "Milliseconds of silence after a sentence (0 to 5000). Default: the voice's own, else 420.",
    };

    private static readonly Option<double?> ParagraphPause = new("--paragraph-pause")
    {
        Description = "Milliseconds of silence after a paragraph (0 to 5000). Default: the voice's own, else 750.",
    };

    private static readonly Option<string?> Timings = new("--timings") { Description = "Write word and sentence timings as JSON." };
    private static readonly Option<string?> Vtt = new("--vtt") { Description = "Write WebVTT captions, one cue per sentence." };
    private static readonly Option<string?> ScriptOut = new("--script") { Description = "Write the spoken text, one sentence a line." };
    private static readonly Option<bool> NoIntro = new("--no-intro") { Description = "Do not read the headline, byline and date." };
    private static readonly Option<bool> NoHeadline = new("--no-headline") { Description = "Do not read the headline (the byline and date still are)." };
    private static readonly Option<bool> NoByline = new("--no-byline") { Description = "Do not read the byline." };
    private static readonly Option<bool> NoDate = new("--no-date") { Description = "Do not read the publication date." };
    private static readonly Option<bool> Captions = new("--captions") { Description = "Also read photo captions." };
    private static readonly Option<bool> NoCredits = new("--no-credits") { Description = "Skip credit lines (\"X contributed to this report\")." };
    private static readonly Option<string?> Rules = ArticleInputOptions.Rules();

    private static readonly Option<string?> Lexicon = LexiconOption.Create();
    private static readonly Option<string[]> SkipPass = SkipPassOption.Create();
    private static readonly Option<string?> Emoji = EmojiOption.Create();
    private static readonly Option<string?> Dates = DatesOption.Create();

    private static readonly Option<bool> AllowPrivate = ArticleInputOptions.AllowPrivateHosts();
    private static readonly Option<bool> Bleep = new("--bleep") { Description = "Bleep censored words (\"a--\") instead of leaving a pause." };

    private static readonly Option<double> MaskedGap = new("--masked-gap")
    {
        Description = "Milliseconds of silence where a censored word stood inside a sentence, without --bleep (200 to 3000).",
        DefaultValueFactory = _ => new PausePlan().MaskedGap,
    };
    private static readonly Option<double> MaxMinutes = new("--max-minutes")
    {
        Description = "Refuse to narrate more than this many minutes of audio (1 to 6000; default 240).",
        DefaultValueFactory = _ => DefaultMaxMinutes,
    };

    /// <summary>Four hours: past any article, short of what would fill a disk by accident (about 1 GB of temporary audio).</summary>
    public const double DefaultMaxMinutes = 240;

    private static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "No progress on stderr." };
    private static readonly Option<bool> Parallel = new("--parallel")
    {
        Description = "Synthesise Flite sentences on every core: faster on several cores, but the audio bytes then differ slightly from run to run.",
    };

    public static Command Create()
    {
        var command = new Command("narrate", "Narrate an article: extract it, write the script, synthesise, and encode the audio.")
        {
            Input, Output, VoiceName, Rate, VoiceFor, SentencePause, ParagraphPause, Timings, Vtt, ScriptOut, NoIntro, NoHeadline, NoByline, NoDate, Captions, NoCredits, AllowPrivate, Rules,
            Lexicon, SkipPass, Emoji, Dates, Bleep, MaskedGap, MaxMinutes, Quiet, Parallel,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var clock = Stopwatch.StartNew();
        var input = result.GetValue(Input)!;
        var output = result.GetValue(Output) ?? DefaultOutput(input);
        var rate = result.GetValue(Rate);
        if (rate is { } r && (r is < 0.5 or > 2.0 || double.IsNaN(r)))
        {
            throw new UsageException($"--rate must be between 0.5 and 2.0 (got {r})");
        }
        var (sentencePause, paragraphPause) = (Pause(result, SentencePause), Pause(result, ParagraphPause));
        var maskedGap = result.GetValue(MaskedGap);
        if (maskedGap is < 200 or > 3000 || double.IsNaN(maskedGap))
        {
            throw new UsageException($"--masked-gap must be between 200 and 3000 milliseconds (got {maskedGap})");
        }
        var maxMinutes = result.GetValue(MaxMinutes);
        if (maxMinutes is < 1 or > 6000 || double.IsNaN(maxMinutes))
        {
            throw new UsageException($"--max-minutes must be between 1 and 6000 (got {maxMinutes})");
        }
        var format = FormatOf(output);
        var emoji = EmojiOption.Read(result.GetValue(Emoji));
        var dates = DatesOption.Read(result.GetValue(Dates));
        OutputPlan.Check(input, OutputTargets(result, output));
        using var engines = new SpeechEngines(reproducibleFlite: !result.GetValue(Parallel));
        var readArticle = () => ArticleInput.Read(input, result.GetValue(AllowPrivate), result.GetValue(Captions), result.GetValue(Rules));
        var (engine, voice) = ResolveVoice(engines, result.GetValue(VoiceName)!, readArticle);
        var voicesFor = LanguageVoiceOption.Read(result.GetValue(VoiceFor), engines);
        var defaults = VoiceDefaultsOption.For(engines, voice);

        var lexicon = LexiconOption.Load(result.GetValue(Lexicon));
        var article = readArticle();
        var scriptOptions = new ScriptOptions
        {
            ReadHeadline = !result.GetValue(NoIntro) && !result.GetValue(NoHeadline),
            ReadByline = !result.GetValue(NoIntro) && !result.GetValue(NoByline),
            ReadDate = !result.GetValue(NoIntro) && !result.GetValue(NoDate),
            ReadCaptions = true, // the extractor already kept captions only when asked (--captions or the rules file)
            ReadCredits = !result.GetValue(NoCredits),
            BleepMaskedWords = result.GetValue(Bleep),
            Lexicon = lexicon,
            DisabledPasses = SkipPassOption.Read(result.GetValue(SkipPass)),
            Emoji = emoji,
            Dates = dates,
        };
        var script = new ScriptWriter(scriptOptions).Write(article);
        if (script.Sentences.Count == 0)
        {
            throw new AloudInputException($"nothing to read in {input}: the article has no speakable text");
        }
        var quiet = result.GetValue(Quiet);
        var progress = quiet ? null : new StderrProgress(Console.Error, !Console.IsErrorRedirected);
        // The limit must hold in the decoded file: lossy codecs get headroom for their overshoot.
        var pauses = (new PausePlan() with { MaskedGap = maskedGap })
            .WithVoiceDefaults(sentencePause ?? defaults.SentencePauseMs, paragraphPause ?? defaults.ParagraphPauseMs);
        var installed = engines.Voices;
        var narrator = new Narrator(engine, voice, new SynthesisOptions(rate ?? defaults.Rate ?? 1.0), pauses)
        {
            // Passages in another language: their own voice, at the asked rate or that voice's own default.
            VoiceForLanguage = PassageVoiceChooser.Create(
                new LanguageVoices(installed, voice, voicesFor), installed, engines.Resolve,
                v => rate ?? VoiceDefaultsOption.For(engines, v).Rate ?? 1.0),
            TruePeakCeilingDbtp = CodecHeadroom.CeilingFor(format),
            MaxDuration = TimeSpan.FromMinutes(maxMinutes),
            MaxDurationSetting = "--max-minutes",
        };
        // The audio waits in a temporary file, not in memory, between synthesis and the encoder (bounded memory).
        using var narration = narrator.NarrateSpooled(script, progress);

        // Every published file says what it is, and that the voice is synthetic (DESIGN.md).
        var tags = AudioTags.For(article, voice);
        OutputFile.Write(output, stream => AudioEncoders.ForFormat(format).Encode(narration.Audio, stream, tags));
        WriteSideFiles(result, narration);
        if (!quiet)
        {
            Console.Error.WriteLine(
                $"wrote {output}: {DurationText.Format(narration.DurationMs)} of audio, {Plural.Count(narration.Words.Count, "word")} in "
                + $"{Plural.Count(narration.Sentences.Count, "sentence")}, voice {voice.Id}, {narration.Loudness.IntegratedLufs:0.0} LUFS, in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        return ExitCodes.Success;
    }

    /// <summary>Every file this run writes, for <see cref="OutputPlan"/> to check before any synthesis.</summary>
    private static List<OutputTarget> OutputTargets(ParseResult result, string output)
    {
        List<OutputTarget> targets = [new("--output", output, [".mp3", ".ogg", ".opus", ".wav"])];
        if (result.GetValue(Timings) is { } timings)
        {
            targets.Add(new("--timings", timings, [".json"], StdoutAllowed: true));
        }
        if (result.GetValue(Vtt) is { } vtt)
        {
            targets.Add(new("--vtt", vtt, [".vtt"], StdoutAllowed: true));
        }
        if (result.GetValue(ScriptOut) is { } scriptPath)
        {
            targets.Add(new("--script", scriptPath, [".txt"], StdoutAllowed: true));
        }
        return targets;
    }

    private static void WriteSideFiles(ParseResult result, INarrationTimeline narration)
    {
        if (result.GetValue(Timings) is { } timings)
        {
            OutputFile.Write(timings, stream => TimingsJsonWriter.Write(narration, stream));
        }
        if (result.GetValue(Vtt) is { } vtt)
        {
            OutputFile.Write(vtt, stream => WriteText(stream, writer => WebVttWriter.Write(narration, writer)));
        }
        if (result.GetValue(ScriptOut) is { } scriptPath)
        {
            OutputFile.Write(scriptPath, stream => WriteText(stream, writer =>
            {
                foreach (var sentence in narration.Script.Sentences)
                {
                    writer.Write(sentence.SpokenText + "\n");
                }
            }));
        }
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false));
        write(writer);
    }

    private static AudioFormat FormatOf(string output)
    {
        try
        {
            return AudioEncoders.FormatFromPath(output);
        }
        catch (ArgumentException error)
        {
            throw new UsageException(error.Message);
        }
    }

    /// <summary>
    /// The article's voice. A voice that is not here is an error that also names the installed voices of its
    /// language: the one its name states ("de_DE-..."), else the article's (read only on this path).
    /// </summary>
    private static (ISpeechEngine Engine, Voice Voice) ResolveVoice(SpeechEngines engines, string name, Func<Article> readArticle)
    {
        try
        {
            return engines.Resolve(name);
        }
        catch (ArgumentException error)
        {
            var language = LanguageTags.FromVoiceName(name) ?? LanguageOf(readArticle);
            var alike = language is null || LanguageTags.Primary(language) == "en" ? "" : "; " + LanguageVoices.Describe(engines.Voices, language);
            throw new UsageException(error.Message + alike);
        }
    }

    private static string? LanguageOf(Func<Article> readArticle)
    {
        try
        {
            return readArticle().Language;
        }
        catch (Exception e) when (e is AloudInputException or UsageException or IOException or HttpRequestException or ArgumentException)
        {
            return null; // the voice's error is the one to show
        }
    }

    private static double? Pause(ParseResult result, Option<double?> option)
    {
        var value = result.GetValue(option);
        if (value is { } ms && !(ms >= 0 && ms <= VoiceDefaults.MaxPauseMs))
        {
            throw new UsageException($"{option.Name} must be between 0 and {VoiceDefaults.MaxPauseMs} milliseconds (got {ms})");
        }
        return value;
    }

    /// <summary>"article.html" -> "article.mp3" in the current folder; "narration.mp3" for stdin and URLs.</summary>
    private static string DefaultOutput(string input)
    {
        var isFile = input != "-" && !input.Contains("://", StringComparison.Ordinal);
        var stem = isFile ? Path.GetFileNameWithoutExtension(input) : "narration";
        return (string.IsNullOrEmpty(stem) ? "narration" : stem) + ".mp3";
    }
}
