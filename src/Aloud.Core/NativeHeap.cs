using System.Runtime.InteropServices;

namespace Aloud;

/// <summary>
/// Tunes the C library's allocator, which the native engines use (the managed heap does not go through it).
/// Flite allocates and frees a few megabytes per sentence (its parameter tracks and the wave); with glibc's
/// defaults the freed top of the heap is handed back to the kernel after each sentence and faulted in, zeroed,
/// for the next, which cost a narration about 0.3 CPU-seconds of kernel time per 18 minutes of audio, 2% of the
/// whole. Keeping up to <see cref="TrimThresholdBytes"/> of freed memory for reuse, and serving blocks up to
/// <see cref="MmapThresholdBytes"/> from the heap instead of fresh mappings, removes almost all of it
/// (docs/performance.md). The cost is at most that much memory kept after a burst of native work.
/// </summary>
public static partial class NativeHeap
{
    /// <summary>Free memory at the top of the heap kept for reuse rather than returned to the kernel.</summary>
    public const int TrimThresholdBytes = 16 << 20;

    /// <summary>Blocks up to this size come from the heap; larger ones still get their own mapping.</summary>
    public const int MmapThresholdBytes = 4 << 20;

    // glibc's mallopt parameter numbers (malloc.h).
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;

    private static readonly Lazy<bool> Tuned = new(Tune, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Sets both thresholds (once per process) and says whether they are in effect: false where the C library
    /// has no <c>mallopt</c> (not glibc) or refuses a value, and the defaults stay, which is only slower.
    /// </summary>
    public static bool KeepFreedMemoryForReuse() => Tuned.Value;

    private static bool Tune()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetOption(TrimThreshold, TrimThresholdBytes) == 1 && SetOption(MmapThreshold, MmapThresholdBytes) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library without mallopt (musl): nothing to tune
        }
    }

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int SetOption(int parameter, int value);
}
