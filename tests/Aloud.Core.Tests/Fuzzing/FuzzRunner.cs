using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Aloud.Tests.Fuzzing;

/// <summary>What one target's run found; written to the long run's report.</summary>
internal sealed record FuzzFigures(string Target, int Inputs, int Refused, IReadOnlyList<string> Failures, TimeSpan Elapsed, TimeSpan Slowest, double MostMegabytes, double RetainedMegabytes);

/// <summary>
/// Runs a reader over generated inputs (FsCheck's generators with a fixed seed, so a run can be replayed) and
/// collects failures: any exception other than the reader's documented one, a documented one whose message is
/// not one line, an input that takes over a second of CPU (timed again to rule out a busy machine), or one that
/// allocates far beyond its size (memory growth without bound). Every failing input is saved, to become a
/// regression test in <see cref="FuzzRegressionTests"/>.
/// </summary>
internal static class FuzzRunner
{
    /// <summary>The most one input may take, in CPU time of the reading thread, before its size is counted.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(1);

    /// <summary>
    /// CPU allowed per character (byte) on top of <see cref="PerInput"/>: linear work on a big input is not a hang
    /// (a 200,000-character page legitimately takes about half a second, and the hardest page fuzzing kept, 56,000
    /// unclosed tags in 200,000 characters, about 2.2 s on the 2-core CI machine, most of it in the HTML parser's own
    /// tree building), while the quadratic cases fuzzing found took tens of seconds: 3 s for 200,000 characters
    /// leaves the machine its variance and still fails every one of them.
    /// </summary>
    private static readonly TimeSpan PerCharacter = TimeSpan.FromTicks(100); // 10 µs

    private static TimeSpan LimitFor(long size) => PerInput + PerCharacter * size;

    /// <summary>
    /// Past this much CPU time of its thread the input is abandoned as a hang (the thread is left to finish on its
    /// own). CPU, not the wall clock: a niced long run on a busy machine waits for the CPU far longer than it uses it,
    /// and the wall clock called such waits hangs (8 false ones in a 100,000-input run at a load of 14).
    /// </summary>
    private static readonly TimeSpan Abandon = TimeSpan.FromSeconds(30);

    /// <summary>Past this much wall time an input is abandoned even when its thread's CPU cannot be read or it blocks.</summary>
    private static readonly TimeSpan AbandonWall = TimeSpan.FromMinutes(5);

    private const int Batch = 200;

    /// <summary>
    /// Allocation allowed per input: a fixed 256 MB plus 4 KB per input character (byte). A parse tree costs a few
    /// hundred bytes per character; anything past this grows with something other than the input (an entity
    /// bomb, a repeat that multiplies).
    /// </summary>
    public static long AllocationLimit(long size) => (256L << 20) + (4096L * size);

    public static FuzzFigures Run(string target, Gen<string> inputs, Action<string> read, Func<Exception, bool> documented) =>
        Run(target, inputs, read, documented, s => s.Length, s => JsonSerializer.Serialize(s), ".json");

    public static FuzzFigures Run(string target, Gen<byte[]> inputs, Action<byte[]> read, Func<Exception, bool> documented) =>
        Run(target, inputs, read, documented, b => b.Length, Convert.ToBase64String, ".b64");

    private static FuzzFigures Run<T>(string target, Gen<T> inputs, Action<T> read, Func<Exception, bool> documented, Func<T, long> size, Func<T, string> save, string extension)
    {
        var total = FuzzSettings.Inputs();
        var failures = new List<string>();
        var refused = 0;
        var tried = 0;
        var slowest = TimeSpan.Zero;
        long most = 0;
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch * Batch < total; batch++)
        {
            // One FsCheck random stream per batch, derived from the run's seed: any batch can be replayed alone.
            var random = new Rnd(unchecked((FuzzSettings.Seed * 1_000_003) + (ulong)batch + StableHash(target)));
            foreach (var input in inputs.Sample(Math.Min(Batch, total - (batch * Batch)), random, 100))
            {
                tried++;
                var outcome = Measure(read, input, size(input));
                slowest = outcome.Elapsed > slowest ? outcome.Elapsed : slowest;
                most = Math.Max(most, outcome.Allocated);
                var why = Judge(outcome, documented, size(input));
                if (outcome.Error is not null && why is null) refused++;
                if (why is not null) failures.Add($"{why}; input saved as {Save(target, save(input), extension)}");
            }
        }
        Assert.Equal(total, tried);
        var figures = new FuzzFigures(target, total, refused, failures, clock.Elapsed, slowest, most / 1048576.0,
            (GC.GetTotalMemory(forceFullCollection: true) - retainedBefore) / 1048576.0);
        Report(figures);
        return figures;
    }

    /// <summary>One input, judged as in a run (timed twice when slow): null when it was handled, else why not.</summary>
    public static string? Check<T>(T input, Action<T> read, Func<Exception, bool> documented, Func<T, long> size) =>
        Judge(Measure(read, input, size(input)), documented, size(input));

    private static Outcome Measure<T>(Action<T> read, T input, long size)
    {
        var outcome = Attempt(read, input);
        for (var again = 0; again < 2 && outcome.Finished && outcome.Elapsed > LimitFor(size); again++)
        {
            // Slow once may be a busy machine (it is shared: CPU time too grows under a load of 60 on 2 cores);
            // slow three times is the input.
            var retry = Attempt(read, input);
            if (retry.Elapsed < outcome.Elapsed) outcome = retry;
        }
        return outcome;
    }

    private readonly record struct Outcome(Exception? Error, TimeSpan Elapsed, long Allocated, bool Finished);

    private static Outcome Attempt<T>(Action<T> read, T input)
    {
        var threadId = 0;
        TimeSpan? startedCpu = null;
        using var running = new ManualResetEventSlim();
        var work = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var started = ThreadCpuTime.Now();
            threadId = ThreadCpuTime.CurrentThreadId();
            startedCpu = ThreadCpuTime.OfThread(threadId);
            running.Set();
            try
            {
                read(input);
                return new Outcome(null, ThreadCpuTime.Now() - started, GC.GetAllocatedBytesForCurrentThread() - before, true);
            }
            catch (Exception e)
            {
                return new Outcome(e, ThreadCpuTime.Now() - started, GC.GetAllocatedBytesForCurrentThread() - before, true);
            }
        });
        return WaitForCpu(work, running, () => threadId, () => startedCpu) ? work.Result : new Outcome(null, Abandon, 0, false);
    }

    /// <summary>Whether <paramref name="work"/> finished before its thread used <see cref="Abandon"/> of CPU.</summary>
    private static bool WaitForCpu(Task work, ManualResetEventSlim running, Func<int> threadId, Func<TimeSpan?> startedCpu)
    {
        var clock = Stopwatch.StartNew();
        while (!work.Wait(TimeSpan.FromMilliseconds(500)))
        {
            if (clock.Elapsed > AbandonWall) return false;
            if (!running.IsSet) continue; // not started yet: the thread pool is busy, which is no hang
            var used = startedCpu() is { } start && ThreadCpuTime.OfThread(threadId()) is { } now ? now - start : (TimeSpan?)null;
            if (used is { } cpu ? cpu > Abandon : clock.Elapsed > Abandon) return false; // no CPU reading: the wall clock as before
        }
        return true;
    }

    private static string? Judge(Outcome outcome, Func<Exception, bool> documented, long size)
    {
        if (!outcome.Finished) return $"did not finish in {Abandon.TotalSeconds:0} s (a hang)";
        if (outcome.Error is { } error && !documented(error)) return $"{error.GetType().Name}: {OneLine(error.Message)} at {OneLine(error.StackTrace ?? "")[..Math.Min(300, (error.StackTrace ?? "").Length)]}";
        if (outcome.Error is { } refusal && (refusal.Message.Length == 0 || refusal.Message.Any(char.IsControl)))
            return $"refused with a message that is not one line: {OneLine(refusal.Message)}";
        if (outcome.Elapsed > LimitFor(size)) return $"took {outcome.Elapsed.TotalSeconds:0.00} s of CPU for {size} characters (limit {LimitFor(size).TotalSeconds:0.00} s)";
        if (outcome.Allocated > AllocationLimit(size)) return $"allocated {outcome.Allocated / 1048576.0:0} MB for {size} characters";
        return null;
    }

    /// <summary>FNV-1a of the target's name: string.GetHashCode changes every process, which would make runs unrepeatable.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14_695_981_039_346_656_037UL;
        foreach (var c in text) hash = unchecked((hash ^ c) * 1_099_511_628_211UL);
        return hash;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" | ");

    private static string Save(string target, string content, string extension)
    {
        Directory.CreateDirectory(FuzzSettings.FailuresFolder);
        var path = Path.Combine(FuzzSettings.FailuresFolder, $"{target}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(content)))[..12]}{extension}");
        File.WriteAllText(path, content);
        return path;
    }

    private static void Report(FuzzFigures f)
    {
        if (FuzzSettings.ReportPath is not { } path) return;
        var line = string.Join('\t', f.Target, f.Inputs, f.Refused, f.Failures.Count, f.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            f.Slowest.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture), f.MostMegabytes.ToString("0.0", CultureInfo.InvariantCulture),
            f.RetainedMegabytes.ToString("0.0", CultureInfo.InvariantCulture));
        lock (typeof(FuzzRunner)) File.AppendAllText(path, line + "\n");
    }

    /// <summary>Fails the test with the first few failures, each naming the file that holds its input.</summary>
    public static void AssertClean(FuzzFigures figures)
    {
        Assert.True(figures.Failures.Count == 0,
            $"{figures.Target}: {figures.Failures.Count} of {figures.Inputs} inputs failed:\n" + string.Join("\n", figures.Failures.Take(5)));
    }
}
