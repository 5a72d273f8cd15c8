using System.Diagnostics;
using Aloud.Cli;

namespace Aloud.Tests.Output;

/// <summary>The checks every output passes before a command does any long work.</summary>
public sealed class OutputPlanTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-plan-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string InFolder(string name) => Path.Combine(_folder, name);

    [Fact]
    public void Two_outputs_naming_one_file_differently_are_refused()
    {
        Directory.CreateDirectory(InFolder("sub"));
        var error = Assert.Throws<UsageException>(() => OutputPlan.Check("-",
        [
            new OutputTarget("--first", InFolder("out.txt"), [".txt"]),
            new OutputTarget("--second", InFolder("sub/../out.txt"), [".txt"]),
        ]));
        Assert.Contains("--first and --second both name", error.Message);
    }

    [Fact]
    public void Standard_output_only_where_allowed()
    {
        var error = Assert.Throws<UsageException>(() => OutputPlan.Check("-", [new OutputTarget("--output", "-", [".wav"])]));
        Assert.Contains("--output cannot be -", error.Message);
        OutputPlan.Check("-", [new OutputTarget("--script", "-", [".txt"], StdoutAllowed: true)]);
    }

    [Fact]
    public void A_link_to_the_input_counts_as_the_input()
    {
        File.WriteAllText(InFolder("story.txt"), "text");
        File.CreateSymbolicLink(InFolder("alias.txt"), InFolder("story.txt"));
        Assert.Throws<UsageException>(() => OutputPlan.Check(InFolder("alias.txt"), [new OutputTarget("--script", InFolder("story.txt"), [".txt"])]));
    }

    [Fact]
    public void Path_kinds_tell_files_from_devices_links_and_pipes()
    {
        File.WriteAllText(InFolder("file"), "x");
        File.CreateSymbolicLink(InFolder("link"), InFolder("file"));
        using (var mkfifo = Process.Start("mkfifo", [InFolder("fifo")]))
        {
            mkfifo.WaitForExit();
        }
        Assert.Equal(PathKind.RegularFile, PathKinds.Of(InFolder("file")));
        Assert.Equal(PathKind.Special, PathKinds.Of(InFolder("link")));
        Assert.Equal(PathKind.Special, PathKinds.Of(InFolder("fifo")));
        Assert.Equal(PathKind.Special, PathKinds.Of("/dev/null"));
        Assert.Equal(PathKind.Directory, PathKinds.Of(_folder));
        Assert.Equal(PathKind.Missing, PathKinds.Of(InFolder("none")));
    }

    [Fact]
    public void A_write_error_names_the_target_not_the_temporary_file()
    {
        var target = InFolder("out.txt");
        var error = Assert.Throws<OutputException>(() => OutputFile.Write(target, _ => throw new IOException($"disk full writing {Path.Combine(_folder, ".out.txt." + Environment.ProcessId + ".tmp")}\nsecond line")));
        Assert.DoesNotContain(".tmp", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
