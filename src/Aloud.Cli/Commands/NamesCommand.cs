using System.CommandLine;
using System.Text;
using Aloud.Script;

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

    public static Command Create()
    {
        var command = new Command("names", "List the capitalised names in an article that the lexicon does not know, most frequent first.")
        {
            Input, Lexicon, Captions, Rules, AllowPrivate,
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
        return ExitCodes.Success;
    }
}
