using System.Globalization;

namespace Aloud.Tests.Fuzzing;

/// <summary>
/// How hard the fuzz targets run. The normal suite runs a short, fixed-seed pass (a few seconds per target);
/// bench/fuzz.sh sets ALOUD_FUZZ_INPUTS for the long run and ALOUD_FUZZ_REPORT to collect its figures.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>The short run's inputs per target: enough to cross every mutation kind, small enough for CI.</summary>
    public const int ShortRunInputs = 300;

    /// <summary>The seed of the short run; a long run may pick another (ALOUD_FUZZ_SEED) to explore further.</summary>
    public const ulong DefaultSeed = 20_261_206;

    public static int Inputs(int shortRun = ShortRunInputs) =>
        int.TryParse(Environment.GetEnvironmentVariable("ALOUD_FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : shortRun;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("ALOUD_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

    /// <summary>Whether <paramref name="target"/> runs: ALOUD_FUZZ_TARGETS, a comma-separated list, picks some; unset runs all.</summary>
    public static bool Selected(string target) =>
        Environment.GetEnvironmentVariable("ALOUD_FUZZ_TARGETS") is not { Length: > 0 } list
        || list.Split(',', StringSplitOptions.TrimEntries).Contains(target, StringComparer.Ordinal);

    /// <summary>A file to which each target appends one line of figures (tab-separated), or null.</summary>
    public static string? ReportPath => Environment.GetEnvironmentVariable("ALOUD_FUZZ_REPORT") is { Length: > 0 } path ? path : null;

    /// <summary>A folder where every failing input is saved, to become a regression test.</summary>
    public static string FailuresFolder => Environment.GetEnvironmentVariable("ALOUD_FUZZ_FAILURES") is { Length: > 0 } path
        ? path
        : Path.Combine(Path.GetTempPath(), "aloud-fuzz-failures");
}
