namespace Aloud.Cli;

/// <summary>
/// Writes an output file whole or not at all: the content goes to a temporary file beside it, which
/// replaces the target only once complete, so a failure never leaves half a file behind.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory))
        {
            throw new OutputException($"cannot write {path}: the folder {directory} does not exist");
        }
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = File.Create(temporary))
            {
                write(stream);
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new OutputException($"cannot write {path}: {error.Message}", error);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Fails early, before any long work, when <paramref name="path"/> cannot be written.</summary>
    public static void CheckWritable(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(directory))
        {
            throw new OutputException($"cannot write {path}: the folder {directory} does not exist");
        }
        if (Directory.Exists(path))
        {
            throw new OutputException($"cannot write {path}: it is a folder");
        }
    }
}
