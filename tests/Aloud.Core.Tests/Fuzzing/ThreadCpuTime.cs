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
