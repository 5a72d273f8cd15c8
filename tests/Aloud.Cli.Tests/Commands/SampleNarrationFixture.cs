using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>Narrates the project's sample article once for all the tests that inspect the result.</summary>
public sealed class SampleNarrationFixture : IDisposable
{
    public SampleNarrationFixture()
    {
        Folder = Directory.CreateTempSubdirectory("aloud-cli-").FullName;
        Result = CliRunner.Run(
            "narrate", Path.Combine(CliRunner.SamplesFolder, "harbor-festival.html"),
            "-o", Mp3, "--timings", TimingsPath, "--vtt", VttPath, "--script", ScriptPath);
        if (Result.ExitCode == 0)
        {
            Timings = JsonDocument.Parse(File.ReadAllBytes(TimingsPath));
        }
    }

    public string Folder { get; }
    public CliResult Result { get; }
    public JsonDocument? Timings { get; }
    public string Mp3 => Path.Combine(Folder, "sample.mp3");
    public string TimingsPath => Path.Combine(Folder, "sample.json");
    public string VttPath => Path.Combine(Folder, "sample.vtt");
    public string ScriptPath => Path.Combine(Folder, "sample.txt");

    public void Dispose()
    {
        Timings?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
