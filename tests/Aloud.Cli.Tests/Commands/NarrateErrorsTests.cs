namespace Aloud.Tests.Commands;

/// <summary>Every kind of bad input or bad option gets one clear line, its exit code, and no output file.</summary>
public sealed class NarrateErrorsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    private string Write(string name, byte[] content)
    {
        File.WriteAllBytes(InFolder(name), content);
        return InFolder(name);
    }

    private void AssertFails(CliResult result, int exitCode, string messagePart, string? output = null)
    {
        Assert.Equal(exitCode, result.ExitCode);
        var lines = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("aloud: ", line);
        Assert.Contains(messagePart, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.StandardError);
        if (output is not null)
        {
            Assert.False(File.Exists(output), "no output file is left after a failure");
            Assert.Empty(Directory.GetFiles(_folder, "*.tmp"));
        }
    }

    [Fact]
    public void Missing_file() =>
        AssertFails(CliRunner.Run("narrate", InFolder("nope.html"), "-o", InFolder("x.mp3")), 3, "no such file", InFolder("x.mp3"));

    [Fact]
    public void A_folder_as_input() =>
        AssertFails(CliRunner.Run("narrate", _folder, "-o", InFolder("x.mp3")), 3, "directory", InFolder("x.mp3"));

    [Fact]
    public void Empty_input() =>
        AssertFails(CliRunner.Run("narrate", Write("empty.txt", []), "-o", InFolder("x.mp3")), 3, "empty", InFolder("x.mp3"));

    [Fact]
    public void Whitespace_only_stdin() =>
        AssertFails(CliRunner.RunWithInput("  \n\n \t\n"u8.ToArray(), "narrate", "-", "-o", InFolder("x.mp3")), 3, "empty", InFolder("x.mp3"));

    [Fact]
    public void Binary_input()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8];
        AssertFails(CliRunner.Run("narrate", Write("photo.html", png), "-o", InFolder("x.mp3")), 3, "binary", InFolder("x.mp3"));
    }

    [Fact]
    public void A_page_with_no_article()
    {
        var html = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><footer>All rights reserved</footer></body></html>"u8.ToArray();
        AssertFails(CliRunner.Run("narrate", Write("nav.html", html), "-o", InFolder("x.mp3")), 3, "no article", InFolder("x.mp3"));
    }

    [Fact]
    public void A_url_to_a_private_address_is_refused() =>
        AssertFails(CliRunner.Run("narrate", "http://10.1.2.3/story", "-o", InFolder("x.mp3")), 3, "refused", InFolder("x.mp3"));

    [Fact]
    public void An_unsupported_url_scheme() =>
        AssertFails(CliRunner.Run("narrate", "ftp://example.com/story.html", "-o", InFolder("x.mp3")), 3, "scheme", InFolder("x.mp3"));

    [Fact]
    public void An_unsupported_output_format_is_refused_before_any_work()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("x.flac")), 2, ".mp3", InFolder("x.flac"));
    }

    [Fact]
    public void An_unknown_voice()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("x.mp3"), "--voice", "robot9000"), 2, "robot9000", InFolder("x.mp3"));
    }

    [Fact]
    public void A_rate_out_of_range()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("x.mp3"), "--rate", "7"), 2, "--rate", InFolder("x.mp3"));
    }

    [Fact]
    public void A_max_minutes_out_of_range()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("x.mp3"), "--max-minutes", "0"), 2, "--max-minutes", InFolder("x.mp3"));
    }

    [Fact]
    public void A_text_longer_than_max_minutes_is_refused_before_synthesis()
    {
        var page = string.Join("\n\n", Enumerable.Range(1, 300).Select(i => $"Paragraph {i} tells of the harbour works, the tides and the ferries once more."));
        var input = Write("long.txt", System.Text.Encoding.UTF8.GetBytes(page));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("x.mp3"), "--max-minutes", "2"), 3, "too long: the narration would pass 2 minutes of audio", InFolder("x.mp3"));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "refused without synthesising the article");
    }

    [Fact]
    public void An_output_folder_that_does_not_exist()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        AssertFails(CliRunner.Run("narrate", input, "-o", InFolder("missing/x.mp3")), 5, "does not exist");
    }

    [Fact]
    public void A_missing_native_library_names_the_package_to_install()
    {
        var input = Write("ok.txt", "A short story about a fair.\n"u8.ToArray());
        var emptyFolder = Directory.CreateDirectory(InFolder("no-libraries")).FullName;
        var result = CliRunner.RunWithVariable("ALOUD_NATIVE_DIR", emptyFolder, "narrate", input, "-o", InFolder("x.mp3"));
        AssertFails(result, 4, "libflite", InFolder("x.mp3"));
        Assert.Contains("ALOUD_NATIVE_DIR", result.StandardError);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error()
    {
        var result = CliRunner.Run("narrate");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("aloud: ", result.StandardError);
        Assert.Contains("input", result.StandardError, StringComparison.OrdinalIgnoreCase);
    }
}
