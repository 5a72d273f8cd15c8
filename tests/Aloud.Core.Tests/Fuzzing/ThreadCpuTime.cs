using System.Runtime.InteropServices;

namespace Aloud.Tests.Fuzzing;

/// <summary>
/// The CPU time the calling thread has used. A fuzz input's "over a second" is judged on this, not on the wall
/// clock: the development machine is shared, and under a load of 16 on 2 cores the wall clock doubles what an
/// input costs. Falls back to the wall clock where the call is missing (not Linux).
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out Timespec time);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>Now, as a span from an arbitrary origin.</summary>
    public static TimeSpan Now()
    {
        if (!Available) return TimeSpan.FromTicks(System.Diagnostics.Stopwatch.GetTimestamp() * TimeSpan.TicksPerSecond / System.Diagnostics.Stopwatch.Frequency);
        ClockGetTime(ClockThreadCpuTimeId, out var time);
        return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
    }

    /// <summary>The kernel's id of the calling thread, for <see cref="OfThread"/>; 0 where it cannot be had.</summary>
    public static int CurrentThreadId()
    {
        if (!Available) return 0;
        try
        {
            return GetThreadId();
        }
        catch (EntryPointNotFoundException)
        {
            return 0; // a C library older than gettid's wrapper
        }
    }

    /// <summary>
    /// The CPU time another thread of this process has used, from /proc (user plus system, in the kernel's clock
    /// ticks, so to a hundredth of a second); null where it cannot be read (no id, the thread gone, not Linux).
    /// </summary>
    public static TimeSpan? OfThread(int threadId)
    {
        if (threadId <= 0) return null;
        try
        {
            var stat = File.ReadAllText($"/proc/self/task/{threadId}/stat");
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // USER_HZ, which /proc reports times in: 100 on every Linux build this runs on (sysconf(_SC_CLK_TCK)).
    private const int ClockTicksPerSecond = 100;

    [LibraryImport("libc", EntryPoint = "gettid")]
    private static partial int GetThreadId();

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }
}
