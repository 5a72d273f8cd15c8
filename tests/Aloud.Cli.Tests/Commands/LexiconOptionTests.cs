using System.Text;

namespace Aloud.Tests.Commands;

/// <summary>`--lexicon FILE` on narrate and normalize, `aloud names`, and SSML input end to end.</summary>
public sealed class LexiconOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-lexicon-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Lexicon => Write("names.json", """{"version": 1, "entries": [{"written": "Etxeberria", "spoken": "etch eh beh REE ah"}]}""");

    private string Story => Write("story.txt", "Mayor Etxeberria opened the Quellport pier.\n\nEtxeberria thanked Quellport.\n");

    [Fact]
    public void Narrate_with_a_lexicon_respells_the_name_in_the_script()
    {
        var plainScript = Path.Combine(_folder, "plain.txt");
        var plain = CliRunner.Run("narrate", Story, "-o", Path.Combine(_folder, "plain.wav"), "--script", plainScript, "-q");
        Assert.True(plain.ExitCode == 0, plain.StandardError);
        Assert.Contains("Mayor Etxeberria opened", File.ReadAllText(plainScript));

        var respelledScript = Path.Combine(_folder, "respelled.txt");
        var respelled = CliRunner.Run("narrate", Story, "-o", Path.Combine(_folder, "respelled.wav"), "--script", respelledScript, "--lexicon", Lexicon, "-q");
        Assert.True(respelled.ExitCode == 0, respelled.StandardError);
        var script = File.ReadAllText(respelledScript);
        Assert.Contains("Mayor etch eh beh ree ah opened", script);
        Assert.DoesNotContain("Etxeberria", script);
    }

    [Fact]
    public void Narrate_refuses_a_broken_lexicon_before_any_work()
    {
        var output = Path.Combine(_folder, "x.wav");
        var result = CliRunner.Run("narrate", Story, "-o", output, "--lexicon", Write("bad.json", """{"version": 1, "entries": [{"written": "A"}]}"""));
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("aloud: lexicon file", result.StandardError);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Normalize_applies_the_lexicon()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("Etxeberria won.\n"), "normalize", "--lexicon", Lexicon);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("etch eh beh ree ah won.\n", result.StandardOutput);
    }

    [Fact]
    public void Normalize_picks_a_heteronym_entry_by_part_of_speech()
    {
        var lexicon = Write("heteronyms.json", """
            { "version": 2, "entries": [
                { "written": "lead", "spoken": "led", "partOfSpeech": "noun" },
                { "written": "lead", "spoken": "leed", "partOfSpeech": "verb" },
                { "written": "minute", "spoken": "my noot", "partOfSpeech": "adj" },
                { "written": "minute", "spoken": "min it" },
            ] }
            """);
        var input = "The lead pipe burst.\nThey lead the parade.\nWait one minute. The gaps were minute.\n";
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "normalize", "--lexicon", lexicon);
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("The led pipe burst.\nThey leed the parade.\nWait one min it. The gaps were my noot.\n", result.StandardOutput);
    }

    [Fact]
    public void Normalize_refuses_an_unknown_part_of_speech_naming_the_entry()
    {
        var bad = Write("bad-pos.json", """{"version": 1, "entries": [{"written": "lead", "spoken": "led"}, {"written": "lead", "spoken": "leed", "partOfSpeech": "verbal"}]}""");
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("They lead.\n"), "normalize", "--lexicon", bad);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"aloud: lexicon file {bad}, entry 2 (\"lead\"): \"partOfSpeech\" is \"verbal\"; use noun, verb, adjective, adverb (or n, v, adj, adv), or leave it out\n", result.StandardError);
        Assert.Equal("", result.StandardOutput);
    }

    [Fact]
    public void Names_lists_the_unknown_names_as_count_tab_name()
    {
        var all = CliRunner.Run("names", Story);
        Assert.True(all.ExitCode == 0, all.StandardError);
        Assert.Equal("2\tQuellport\n1\tEtxeberria\n1\tMayor Etxeberria\n", all.StandardOutput);

        var known = CliRunner.Run("names", Story, "--lexicon", Lexicon);
        Assert.Equal("2\tQuellport\n1\tMayor Etxeberria\n", known.StandardOutput);
    }

    [Fact]
    public void Ssml_input_is_read_as_an_article()
    {
        var ssml = Write("story.ssml", """<speak><p>Call <say-as interpret-as="characters">NASA</say-as> on the <say-as interpret-as="ordinal">3</say-as>.</p></speak>""");
        var scriptPath = Path.Combine(_folder, "ssml.txt");
        var result = CliRunner.Run("narrate", ssml, "-o", Path.Combine(_folder, "ssml.wav"), "--script", scriptPath, "-q");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal("Call N A S A on the third.\n", File.ReadAllText(scriptPath));

        var hostile = Write("bomb.ssml", """<?xml version="1.0"?><!DOCTYPE speak [<!ENTITY a "a">]><speak>&a;</speak>""");
        var refused = CliRunner.Run("narrate", hostile, "-o", Path.Combine(_folder, "bomb.wav"));
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("DTD", refused.StandardError);
    }
}
