using System.CommandLine;
using Aloud.Script;

namespace Aloud.Cli;

/// <summary>The <c>--skip-pass NAME</c> option shared by narrate and normalize: switch a normalisation pass off.</summary>
internal static class SkipPassOption
{
    public static Option<string[]> Create() => new("--skip-pass")
    {
        Description = $"Switch a normalisation pass off (repeatable or comma-separated): {string.Join(", ", TextNormalizer.PassNames)}.",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The named passes, checked: an unknown name is a usage error listing the real ones.</summary>
    public static IReadOnlySet<string> Read(string[]? values)
    {
        var names = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !TextNormalizer.PassNames.Contains(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"unknown normalisation pass '{unknown[0]}': the passes are {string.Join(", ", TextNormalizer.PassNames)}");
        }
        return names;
    }
}
