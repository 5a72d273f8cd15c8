using System.Diagnostics;

namespace Aloud.Tests.Commands;

/// <summary>
/// Outputs are regular files (or <c>-</c>, standard output), distinct from each other and from the input,
/// with extensions that match their content, checked before any synthesis.
/// </summary>
public sealed class NarrateOutputPathsTests : IDisposable
{
    private const string Story = "The county fair opens on Friday.\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private string Input()
    {
        File.WriteAllText(InFolder("story.txt"), Story);
        return InFolder("story.txt");
    }

    private static void AssertRefused(CliResult result, int exitCode, string messagePart)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("aloud: ", line);
        Assert.Contains(messagePart, line, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_script_cannot_overwrite_the_input()
    {
        var input = Input();
        AssertRefused(CliRunner.Run("narrate", input, "-o", InFolder("x.wav"), "--script", input), 2, "is the input");
        Assert.Equal(Story, File.ReadAllText(input));
    }

    [Fact]
    public void Timings_cannot_share_the_audio_file()
    {
        var result = CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--timings", InFolder("x.wav"));
        AssertRefused(result, 2, ".json");
        Assert.False(File.Exists(InFolder("x.wav")));
    }

    [Fact]
    public void Two_outputs_cannot_share_a_path()
    {
        var result = CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--script", InFolder("a.txt"), "--vtt", InFolder("a.vtt"), "--timings", InFolder("sub/../x.wav"));
        AssertRefused(result, 2, ".json");
    }

    [Fact]
    public void The_same_file_named_two_ways_is_refused()
    {
        Directory.CreateDirectory(InFolder("sub"));
        var result = CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--timings", InFolder("t.json"), "--script", InFolder("sub/../story.txt"));
        AssertRefused(result, 2, "is the input");
        Assert.Equal(Story, File.ReadAllText(InFolder("story.txt")));
    }

    [Fact]
    public void Only_one_output_can_be_standard_output() =>
        AssertRefused(CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--script", "-", "--vtt", "-"), 2, "only one output");

    [Fact]
    public void A_symlink_is_not_replaced()
    {
        var target = InFolder("real.vtt");
        File.WriteAllText(target, "keep");
        var link = InFolder("link.vtt");
        File.CreateSymbolicLink(link, target);
        AssertRefused(CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--vtt", link), 5, "not a regular file");
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("keep", File.ReadAllText(target));
        Assert.False(File.Exists(InFolder("x.wav")), "refused before synthesis");
    }

    [Fact]
    public void A_link_to_a_device_is_not_replaced()
    {
        var link = InFolder("null.txt");
        File.CreateSymbolicLink(link, "/dev/null");
        AssertRefused(CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--script", link), 5, "not a regular file");
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_fifo_is_not_replaced()
    {
        var fifo = InFolder("pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }
        AssertRefused(CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--script", fifo), 5, "not a regular file");
        Assert.Equal("fifo", PathKindOf(fifo));
    }

    [Fact]
    public void An_unwritable_folder_is_found_before_synthesis()
    {
        // /proc refuses new files even to root, so this holds whoever runs the tests.
        var result = CliRunner.Run("narrate", Input(), "-o", InFolder("x.wav"), "--timings", "/proc/aloud-timings.json");
        AssertRefused(result, 5, "not writable");
        Assert.False(File.Exists(InFolder("x.wav")));
    }

    [Fact]
    public void Script_dash_goes_to_standard_output_not_a_file_named_dash()
    {
        var result = CliRunner.RunIn(_folder, "narrate", Input(), "-o", InFolder("x.wav"), "--script", "-", "-q", "--no-intro");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("The county fair opens on Friday.", result.StandardOutput);
        Assert.False(File.Exists(InFolder("-")));
    }

    private static string PathKindOf(string path)
    {
        using var stat = Process.Start(new ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind;
    }
}
