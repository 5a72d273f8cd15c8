using Aloud.Speech;

namespace Aloud.Narration;

/// <summary>
/// Hands out a script's clips in sentence order while synthesising ahead on up to <c>parallelism</c> threads,
/// never more than twice that many sentences ahead of the one being assembled: the clips in memory at any time
/// are a handful, whatever the length of the article. With a parallelism of 1 every sentence is synthesised on
/// the caller's thread, one after the other (what reproducible Flite needs: decision 0005).
/// </summary>
internal static class OrderedSynthesis
{
    /// <summary>
    /// The clips of sentences 0 .. <paramref name="count"/>-1 in order, each made by <paramref name="synthesize"/>.
    /// Stopping early (an error, a cancellation, a refusal) waits for the syntheses already started.
    /// </summary>
    public static IEnumerable<Clip> Run(int count, int parallelism, Func<int, Clip> synthesize, CancellationToken cancellation)
    {
        if (parallelism <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                cancellation.ThrowIfCancellationRequested();
                yield return synthesize(i);
            }
            yield break;
        }

        using var slots = new SemaphoreSlim(parallelism);
        var pending = new Queue<Task<Clip>>();
        var next = 0;
        try
        {
            while (next < count || pending.Count > 0)
            {
                while (next < count && pending.Count < 2 * parallelism)
                {
                    var index = next++;
                    pending.Enqueue(Task.Run(() =>
                    {
                        slots.Wait(cancellation);
                        try
                        {
                            return synthesize(index);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, cancellation));
                }
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Nothing may still be using the engine once the caller moves on.
            foreach (var task in pending)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // the first failure is the one already thrown; the rest say no more
                }
            }
        }
    }
}
