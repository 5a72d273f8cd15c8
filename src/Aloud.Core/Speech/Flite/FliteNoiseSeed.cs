using System.Runtime.InteropServices;

namespace Aloud.Speech.Flite;

/// <summary>
/// Flite's clustergen voices mix noise into their excitation with the C library's <c>rand()</c>, one generator for
/// the whole process. Left alone, two runs of the same sentence differ in their noise (and, through silence
/// trimming, even in length), and sentences synthesised on parallel threads draw from the generator in an order
/// no one controls. Every synthesis therefore runs under one lock, right after <c>srand</c> with a fixed seed: a
/// sentence's audio is a function of the sentence alone, the same bytes on every run and in every position, which
/// is what a synthesis cache and byte-for-byte tests need. The price is that Flite synthesises one sentence at a
/// time (it runs at about 70 times real time, so an article still takes seconds).
/// </summary>
internal static partial class FliteNoiseSeed
{
    /// <summary>The seed set before every synthesis.</summary>
    public const uint Seed = 1;

    private static readonly Lock Gate = new();

    /// <summary>Runs <paramref name="synthesis"/> alone, with the noise generator reset to <see cref="Seed"/>.</summary>
    public static T Run<T>(Func<T> synthesis)
    {
        lock (Gate)
        {
            SeedRandom(Seed);
            return synthesis();
        }
    }

    [LibraryImport("libc", EntryPoint = "srand")]
    private static partial void SeedRandom(uint seed);
}
