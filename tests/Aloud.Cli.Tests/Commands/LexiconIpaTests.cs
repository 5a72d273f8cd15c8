using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>IPA pronunciations through the CLI: lexicon entries with IPA only, SSML &lt;phoneme&gt;, and their errors.</summary>
public sealed class LexiconIpaTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-ipa-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Lexicon => Write("names.json", """{"version": 1, "entries": [{"written": "Xochitlan", "ipa": "soʊˈtʃiːtlɑn"}]}""");

    private string Story => Write("story.txt", "Mayor Xochitlan opened the pier.\n");

    [Fact]
    public void Narrate_says_an_ipa_only_name_from_its_phones_and_shows_it_as_written()
    {
        var plainWav = Path.Combine(_folder, "plain.wav");
        var plain = CliRunner.Run("narrate", Story, "-o", plainWav, "-q");
        Assert.True(plain.ExitCode == 0, plain.StandardError);

        var script = Path.Combine(_folder, "script.txt");
        var timings = Path.Combine(_folder, "timings.json");
        var ipaWav = Path.Combine(_folder, "ipa.wav");
        var said = CliRunner.Run("narrate", Story, "-o", ipaWav, "--script", script, "--timings", timings, "--lexicon", Lexicon, "-q");
        Assert.True(said.ExitCode == 0, said.StandardError);

        Assert.Equal("Mayor Xochitlan opened the pier.\n", File.ReadAllText(script));
        Assert.NotEqual(File.ReadAllBytes(plainWav), File.ReadAllBytes(ipaWav));
        Assert.Contains("Xochitlan", File.ReadAllText(timings));
    }

    [Fact]
    public void Normalize_json_shows_the_phones_a_word_is_said_with()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("Xochitlan won.\n"), "normalize", "--json", "--lexicon", Lexicon);
        Assert.True(result.ExitCode == 0, result.StandardError);

        using var json = JsonDocument.Parse(result.StandardOutput);
        var words = json.RootElement.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal("s ow0 ch iy1 t l aa0 n", words[0].GetProperty("phones").GetString());
        Assert.False(words[1].TryGetProperty("phones", out _));
    }

    [Fact]
    public void A_lexicon_with_ipa_we_cannot_say_is_refused_naming_the_entry()
    {
        var bad = Write("bad.json", """{"version": 1, "entries": [{"written": "Myk", "ipa": "ˈmyk"}]}""");
        var output = Path.Combine(_folder, "x.wav");
        var result = CliRunner.Run("narrate", Story, "-o", output, "--lexicon", bad);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"aloud: lexicon file {bad}, entry 1 (\"Myk\"): \"ipa\" cannot be read: \"y\"", result.StandardError);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Ssml_with_a_phoneme_we_cannot_say_is_refused_naming_the_line()
    {
        var ssml = Write("bad.ssml", "<speak>\n<p>Ask <phoneme ph=\"ˈkɑt͡ɕ\">Kaci</phoneme>.</p>\n</speak>");
        var result = CliRunner.Run("narrate", ssml, "-o", Path.Combine(_folder, "x.wav"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("<phoneme ph=\"ˈkɑt͡ɕ\"> on line 2", result.StandardError);
    }
}
