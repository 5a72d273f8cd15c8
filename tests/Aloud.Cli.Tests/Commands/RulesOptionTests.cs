namespace Aloud.Tests.Commands;

/// <summary>`--rules FILE`: a publisher's extraction rules reach both extract and narrate.</summary>
public sealed class RulesOptionTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-rules-").FullName;
    private static string Sample => Path.Combine(CliRunner.SamplesFolder, "harbor-festival.html");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Rules(string json)
    {
        var path = Path.Combine(_folder, "rules.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Extract_applies_the_publishers_rules()
    {
        var plain = CliRunner.Run("extract", Sample);
        Assert.Contains("will open for tours", plain.StandardOutput);
        Assert.Contains("contributed to this report", plain.StandardOutput);

        var rules = Rules("""{ "promoPhrases": ["will open for tours"], "credits": false }""");
        var ruled = CliRunner.Run("extract", Sample, "--rules", rules);
        Assert.True(ruled.ExitCode == 0, ruled.StandardError);
        Assert.DoesNotContain("will open for tours", ruled.StandardOutput);
        Assert.DoesNotContain("contributed to this report", ruled.StandardOutput);
        Assert.Contains("Port Alder will light up its harbor", ruled.StandardOutput);
    }

    [Fact]
    public void Narrate_refuses_a_broken_rules_file_before_any_work()
    {
        var output = Path.Combine(_folder, "x.mp3");
        var result = CliRunner.Run("narrate", Sample, "-o", output, "--rules", Rules("""{ "dropSelectorz": [] }"""));
        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("aloud: rules file", result.StandardError);
        Assert.Contains("dropSelectorz", result.StandardError);
        Assert.False(File.Exists(output));
    }
}
