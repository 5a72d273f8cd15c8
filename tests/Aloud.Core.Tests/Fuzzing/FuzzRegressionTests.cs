using System.Text.Json;

namespace Aloud.Tests.Fuzzing;

/// <summary>
/// Every input that ever failed a fuzz run, kept in Fuzzing/Regressions/ as the runner saved it (TARGET-HASH.json
/// for text, .b64 for bytes): each must now be read or refused cleanly, in time and memory.
/// </summary>
public class FuzzRegressionTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Regressions");

    public static TheoryData<string> Inputs => new(Directory.EnumerateFiles(Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_that_once_failed_is_handled(string file)
    {
        var content = File.ReadAllText(Path.Combine(Folder, file));
        var target = FuzzTargets.All[file[..file.LastIndexOf('-')]];
        var failure = file.EndsWith(".json", StringComparison.Ordinal)
            ? FuzzRunner.Check(JsonSerializer.Deserialize<string>(content)!, target.ReadText!, target.Documented, s => s.Length)
            : FuzzRunner.Check(Convert.FromBase64String(content), target.ReadBytes!, target.Documented, b => b.Length);
        Assert.True(failure is null, failure);
    }
}
