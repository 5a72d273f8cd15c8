namespace Aloud.Cli;

/// <summary>
/// Checks every output of a command before any long work: each is a regular file in a writable folder (or
/// <c>-</c>, standard output, for at most one of them), its extension fits its content, and no two outputs,
/// nor an output and the input, are the same file — so a run never overwrites its own article or mixes
/// JSON into the audio.
/// </summary>
internal static class OutputPlan
{
    public static void Check(string input, IReadOnlyList<OutputTarget> targets)
    {
        CheckStdout(targets);
        var inputPaths = InputPaths(input);
        var seen = new Dictionary<string, OutputTarget>(StringComparer.Ordinal);
        foreach (var target in targets.Where(target => !target.IsStdout))
        {
            CheckExtension(target);
            var full = Path.GetFullPath(target.Path);
            if (inputPaths.Contains(full))
            {
                throw new UsageException($"{target.Option} {target.Path} is the input file: writing it would destroy the article");
            }
            if (seen.TryGetValue(full, out var other))
            {
                throw new UsageException($"{other.Option} and {target.Option} both name {target.Path}: give each output its own file");
            }
            seen[full] = target;
            OutputFile.CheckWritable(target.Path);
        }
    }

    private static void CheckStdout(IReadOnlyList<OutputTarget> targets)
    {
        var toStdout = targets.Where(target => target.IsStdout).ToList();
        if (toStdout.FirstOrDefault(target => !target.StdoutAllowed) is { } refused)
        {
            throw new UsageException($"{refused.Option} cannot be - (standard output): give a file name");
        }
        if (toStdout.Count > 1)
        {
            throw new UsageException($"only one output can be - (standard output), not {string.Join(" and ", toStdout.Select(target => target.Option))}");
        }
    }

    private static void CheckExtension(OutputTarget target)
    {
        var extension = Path.GetExtension(target.Path);
        if (!target.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException($"{target.Option} {target.Path}: the file name must end in {string.Join(" or ", target.Extensions)} to match its content");
        }
    }

    /// <summary>The input's full path and, when it is a link, the file it leads to; none for stdin or a URL.</summary>
    private static HashSet<string> InputPaths(string input)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (input == "-" || input.Contains("://", StringComparison.Ordinal))
        {
            return paths;
        }
        paths.Add(Path.GetFullPath(input));
        try
        {
            if (File.ResolveLinkTarget(input, returnFinalTarget: true) is { } target)
            {
                paths.Add(Path.GetFullPath(target.FullName));
            }
        }
        catch (IOException)
        {
            // A broken or looping link: the input reader reports it.
        }
        return paths;
    }
}
