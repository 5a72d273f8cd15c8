using System.CommandLine;
using System.Text;
using Aloud.Script;
using Aloud.Speech;

namespace Aloud.Cli.Commands;

/// <summary>
/// <c>aloud names INPUT</c>: the proper nouns of an article that the lexicon does not know yet, as
/// "count&lt;TAB&gt;name" lines, most frequent first: the list to give whoever maintains the lexicon.
/// </summary>
internal static class NamesCommand
{
    private static readonly Argument<string> Input = ArticleInputOptions.Input();

    private static readonly Option<string?> Lexicon = LexiconOption.Create();
    private static readonly Option<bool> Captions = new("--captions") { Description = "Also look in photo captions." };
    private static readonly Option<string?> Rules = ArticleInputOptions.Rules();
    private static readonly Option<bool> AllowPrivate = ArticleInputOptions.AllowPrivateHosts();

    private static readonly Option<string> VoiceName = new("--voice")
    {
        Description = "Voice whose engine is asked which words it would read letter by letter (see 'aloud voices').",
        DefaultValueFactory = _ => SpeechEngines.DefaultVoiceId,
    };

    public static Command Create()
    {
        var command = new Command("names", "List the capitalised names in an article that the lexicon does not know, most frequent first.")
        {
            Input, Lexicon, Captions, Rules, AllowPrivate, VoiceName,
        };
        command.SetAction(result => CliErrors.Run(() => Run(result)));
        return command;
    }

    private static int Run(ParseResult result)
    {
        var lexicon = LexiconOption.Load(result.GetValue(Lexicon));
        var article = ArticleInput.Read(result.GetValue(Input)!, result.GetValue(AllowPrivate), result.GetValue(Captions), result.GetValue(Rules));
        // The script as narrate would read it (captions only when the extractor kept them), lexicon applied.
        var script = new ScriptWriter(new ScriptOptions { ReadCaptions = true, Lexicon = lexicon }).Write(article);
        using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
        ProperNounReport.Write(ProperNounReport.Create(script, lexicon), output);
        WriteRespellings(script, result.GetValue(VoiceName)!, output);
        return ExitCodes.Success;
    }

    /// <summary>
    /// After a blank line and a "#" comment, the words the voice's engine would read letter by letter, one
    /// "word&lt;TAB&gt;reading" line each ("-" where no reading the engine pronounces was found), for an editor to
    /// confirm or to put in the lexicon. Nothing is written when the engine cannot tell or no word is spelled.
    /// </summary>
    private static void WriteRespellings(Script.Script script, string voiceName, TextWriter output)
    {
        using var engines = new SpeechEngines();
        (ISpeechEngine engine, Voice voice) resolved;
        try
        {
            resolved = engines.Resolve(voiceName);
        }
        catch (ArgumentException error)
        {
            throw new UsageException(error.Message);
        }
        if (resolved.engine is not ISpellingProbe probe)
        {
            return;
        }
        var respeller = new NameRespeller(probe);
        var found = new SortedDictionary<string, SpellingCheck>(StringComparer.Ordinal);
        foreach (var word in script.Sentences.SelectMany(s => s.ToSpeech().Words).Where(w => w.Pronunciation is null))
        {
            if (!found.ContainsKey(word.Text) && respeller.Check(word.Text, resolved.voice) is { Spelled: true } check)
            {
                found[word.Text] = check;
            }
        }
        if (found.Count == 0)
        {
            return;
        }
        output.Write($"\n# {found.Count} words {resolved.voice.Id} would read letter by letter, and the reading used instead\n");
        foreach (var (word, check) in found)
        {
            output.Write($"{word}\t{check.Reading ?? "-"}\n");
        }
    }
}
