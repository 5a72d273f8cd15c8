namespace Aloud.Tests;

/// <summary>The checkout the tests run from (the folder holding Aloud.slnx), found by walking up from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Aloud.slnx"))) return dir.FullName;
        }
        throw new InvalidOperationException("the tests do not run inside an Aloud checkout (no Aloud.slnx above " + AppContext.BaseDirectory + ")");
    }
}
