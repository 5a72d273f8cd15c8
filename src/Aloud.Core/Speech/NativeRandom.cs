using System.Runtime.InteropServices;

namespace Aloud.Speech;

/// <summary>
/// The C library's <c>rand()</c>, one generator for the whole process. Flite's clustergen voices mix its noise into
/// their excitation; eSpeak NG (its Klatt voices) and ONNX Runtime's worker threads also draw from it. Left alone, two
/// runs of the same sentence differ in their noise (and, through silence trimming, even in length), and syntheses on
/// parallel threads draw from the generator in an order no one controls. A seeded synthesis therefore runs under one
/// lock, shared by Flite and eSpeak NG, right after <c>srand</c> with a fixed seed, so its audio is a function of the
/// sentence alone: the same bytes on every run and in every position, as a synthesis cache and byte-for-byte tests
/// need. The price is one seeded synthesis at a time (Flite runs at about 70 times real time). ONNX Runtime's threads
/// cannot take the lock without serialising neural voices, so a neural synthesis running at the same moment can
/// still move a Flite sentence's noise (decision 0005); neural voices are not byte-reproducible themselves.
/// </summary>
internal static partial class NativeRandom
{
    /// <summary>The seed set before every seeded synthesis.</summary>
    public const uint Seed = 1;

    private static readonly Lock Gate = new();

    /// <summary>
    /// Runs <paramref name="synthesis"/> alone among seeded syntheses, with the generator reset to <see cref="Seed"/>.
    /// Take it before an engine's own lock, never inside one, so that the two locks are always taken in one order.
    /// </summary>
    public static T Seeded<T>(Func<T> synthesis)
    {
        ArgumentNullException.ThrowIfNull(synthesis);
        lock (Gate)
        {
            SeedRandom(Seed);
            return synthesis();
        }
    }

    [LibraryImport("libc", EntryPoint = "srand")]
    private static partial void SeedRandom(uint seed);
}
