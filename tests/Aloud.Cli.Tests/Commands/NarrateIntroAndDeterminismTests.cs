namespace Aloud.Tests.Commands;

/// <summary>The intro's parts switched one by one, the masked-word gap option, and the same bytes on every run.</summary>
public sealed class NarrateIntroAndDeterminismTests : IDisposable
{
    private const string Page = "<html><head><meta name=\"author\" content=\"Ana Reyes\"><meta property=\"article:published_time\" content=\"2026-03-02T08:00:00Z\"></head>"
        + "<body><article><h1>Ferry returns to the island</h1><p>The late ferry sailed again on Sunday after a month in dry dock at the harbor.</p></article></body></html>";

    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private string Script(params string[] options)
    {
        var input = InFolder("page.html");
        File.WriteAllText(input, Page);
        var script = InFolder($"script{options.Length}{string.Concat(options)}.txt");
        var result = CliRunner.Run(["narrate", input, "-o", InFolder("out.wav"), "--script", script, "-q", .. options]);
        Assert.Equal(0, result.ExitCode);
        return File.ReadAllText(script);
    }

    [Fact]
    public void Each_part_of_the_intro_can_be_left_out_alone()
    {
        var all = Script();
        Assert.Contains("Ferry returns to the island", all, StringComparison.Ordinal);
        Assert.Contains("Ana Reyes", all, StringComparison.Ordinal);
        Assert.Contains("March", all, StringComparison.Ordinal);

        var noHeadline = Script("--no-headline");
        Assert.DoesNotContain("Ferry returns to the island", noHeadline, StringComparison.Ordinal);
        Assert.Contains("Ana Reyes", noHeadline, StringComparison.Ordinal);

        var noByline = Script("--no-byline");
        Assert.DoesNotContain("Ana Reyes", noByline, StringComparison.Ordinal);
        Assert.Contains("March", noByline, StringComparison.Ordinal);

        var noDate = Script("--no-date");
        Assert.DoesNotContain("March", noDate, StringComparison.Ordinal);
        Assert.Contains("Ferry returns to the island", noDate, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masked_gap_out_of_range_is_a_usage_error()
    {
        var input = InFolder("page.html");
        File.WriteAllText(input, Page);
        var result = CliRunner.Run("narrate", input, "-o", InFolder("x.wav"), "--masked-gap", "50");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--masked-gap", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wav")]
    [InlineData("mp3")]
    public void Two_runs_write_the_same_bytes(string extension)
    {
        var input = InFolder("page.html");
        File.WriteAllText(input, Page);
        var first = InFolder($"one.{extension}");
        var second = InFolder($"two.{extension}");
        Assert.Equal(0, CliRunner.Run("narrate", input, "-o", first, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("narrate", input, "-o", second, "-q").ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }
}
