using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary><c>--emoji drop|name</c> on normalize and narrate, as a user runs them.</summary>
public sealed class EmojiOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-emoji-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Lines(CliResult result) => result.StandardOutput.Split('\n')[..^1];

    [Fact]
    public void Normalize_drops_emoji_by_default_and_names_them_when_asked()
    {
        var input = Encoding.UTF8.GetBytes("The ferry is back \u26F4\uFE0F today 🎉🎉\n");
        var dropped = CliRunner.RunWithInput(input, "normalize");
        Assert.True(dropped.ExitCode == 0, dropped.StandardError);
        Assert.Equal("The ferry is back today.", Lines(dropped).Single());
        var named = CliRunner.RunWithInput(input, "normalize", "--emoji", "name");
        Assert.True(named.ExitCode == 0, named.StandardError);
        Assert.Equal("The ferry is back, ferry, today, party popper.", Lines(named).Single());
    }

    [Fact]
    public void Json_shows_the_name_pointing_at_the_emoji()
    {
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("Go 🇨🇦 go\n"), "normalize", "--emoji", "name", "--json");
        Assert.True(result.ExitCode == 0, result.StandardError);
        using var json = JsonDocument.Parse(Lines(result).Single());
        var named = json.RootElement.GetProperty("words").EnumerateArray().Where(w => w.GetProperty("class").GetString() == "emoji").ToList();
        Assert.Equal(["flag", "of", "Canada"], named.Select(w => w.GetProperty("spoken").GetString()));
        Assert.All(named, w => Assert.Equal("🇨🇦", w.GetProperty("written").GetString()));
    }

    [Theory]
    [InlineData("normalize")]
    [InlineData("narrate")]
    public void Another_value_is_a_one_line_usage_error(string command)
    {
        var args = command == "narrate" ? new[] { "narrate", Path.Combine(_folder, "none.txt"), "--emoji", "shout" } : ["normalize", "--emoji", "shout"];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("aloud: --emoji must be 'drop' or 'name' (got 'shout')\n", result.StandardError);
    }

    [Fact]
    public void Names_without_the_cldr_data_fail_clearly_and_dropping_does_not_need_it()
    {
        var missing = Path.Combine(_folder, "no-cldr");
        var named = CliRunner.RunWithVariable("ALOUD_CLDR_DIR", missing, "normalize", "--emoji", "name");
        Assert.Equal(4, named.ExitCode);
        Assert.StartsWith("aloud: emoji names need the CLDR annotations", named.StandardError);
        Assert.Contains("apt-get install unicode-cldr-core", named.StandardError);
        Assert.Equal(1, named.StandardError.Count(c => c == '\n'));
        var dropped = CliRunner.RunWithVariable("ALOUD_CLDR_DIR", missing, "normalize", "--emoji", "drop");
        Assert.Equal(0, dropped.ExitCode);
    }

    [Fact]
    public void Narrating_with_flite_times_each_word_of_an_emoji_name_on_the_emoji()
    {
        var article = Path.Combine(_folder, "finish.txt");
        File.WriteAllText(article, "The crowd cheered 🎉 at the finish line.\n");
        var timingsPath = Path.Combine(_folder, "finish.json");
        var result = CliRunner.Run("narrate", article, "-o", Path.Combine(_folder, "finish.wav"), "--no-intro", "-q", "--voice", "rms", "--emoji", "name", "--timings", timingsPath);
        Assert.True(result.ExitCode == 0, result.StandardError);

        using var timings = JsonDocument.Parse(File.ReadAllBytes(timingsPath));
        var text = timings.RootElement.GetProperty("text").GetString()!;
        var words = timings.RootElement.GetProperty("words").EnumerateArray().ToList();
        Assert.Equal(["The", "crowd", "cheered", "party", "popper", "at", "the", "finish", "line"], words.Select(w => w.GetProperty("text").GetString()));
        var emojiStart = text.IndexOf("🎉", StringComparison.Ordinal);
        foreach (var word in words.Skip(3).Take(2))
        {
            Assert.Equal(emojiStart, word.GetProperty("charStart").GetInt32());
            Assert.Equal(2, word.GetProperty("charLength").GetInt32());
            Assert.True(word.GetProperty("endMs").GetDouble() > word.GetProperty("startMs").GetDouble());
        }
        Assert.True(words[3].GetProperty("startMs").GetDouble() >= words[2].GetProperty("endMs").GetDouble());
        Assert.True(words[5].GetProperty("startMs").GetDouble() >= words[4].GetProperty("endMs").GetDouble());
    }
}
