namespace Aloud.Cli;

/// <summary>
/// Writes an output file whole or not at all: the content goes to a temporary file beside it, which
/// replaces the target only once complete, so a failure never leaves half a file behind. <c>-</c> writes
/// to standard output. Only a regular file is ever replaced: a rename over a device, FIFO or link would
/// silently turn it into a file.
/// </summary>
internal static class OutputFile
{
    public static void Write(string path, Action<Stream> write)
    {
        if (path == "-")
        {
            using var stdout = Console.OpenStandardOutput();
            write(stdout);
            return;
        }
        CheckWritable(path);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
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
            // The temporary name means nothing to the person: the message names the file they asked for.
            var reason = OneLine(error.Message.Replace(temporary, full, StringComparison.Ordinal));
            throw new OutputException($"cannot write {path}: {reason}", error);
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
        switch (PathKinds.Of(path))
        {
            case PathKind.Directory:
                throw new OutputException($"cannot write {path}: it is a folder");
            case PathKind.Special:
                throw new OutputException($"cannot write {path}: it is a link, device or pipe, not a regular file (use - for standard output)");
        }
        CheckFolderWritable(path, directory);
    }

    /// <summary>Creates and removes a file in the folder: the only sure test of permission (ACLs, read-only mounts).</summary>
    private static void CheckFolderWritable(string path, string directory)
    {
        var probe = Path.Combine(directory, $".aloud-probe.{Environment.ProcessId}.tmp");
        try
        {
            using var stream = new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new OutputException($"cannot write {path}: the folder {directory} is not writable", error);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
