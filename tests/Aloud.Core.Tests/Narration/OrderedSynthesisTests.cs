using Aloud.Narration;
using Aloud.Speech;

namespace Aloud.Tests.Narration;

public class OrderedSynthesisTests
{
    private static Clip ClipOf(int index) => new([index], 16000, []);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Clips_come_in_sentence_order_with_few_made_ahead(int parallelism)
    {
        var started = 0;
        var consumed = 0;
        var mostAhead = 0;
        var clips = OrderedSynthesis.Run(200, parallelism, i =>
        {
            var ahead = Interlocked.Increment(ref started) - Volatile.Read(ref consumed);
            InterlockedMax(ref mostAhead, ahead);
            Thread.SpinWait((i * 7919 % 13) * 1000); // uneven work, so later sentences can finish first
            return ClipOf(i);
        }, CancellationToken.None);

        var order = new List<int>();
        foreach (var clip in clips)
        {
            order.Add((int)clip.Samples[0]);
            Interlocked.Increment(ref consumed);
        }

        Assert.Equal(Enumerable.Range(0, 200), order);
        Assert.InRange(mostAhead, 1, (2 * parallelism) + 1);
    }

    [Fact]
    public void A_failure_is_the_engines_own_and_nothing_runs_on_after_it()
    {
        var running = 0;
        var clips = OrderedSynthesis.Run(50, 4, i =>
        {
            Interlocked.Increment(ref running);
            try
            {
                Thread.Sleep(5);
                return i == 10 ? throw new InvalidOperationException("engine failed at 10") : ClipOf(i);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }, CancellationToken.None);

        var error = Assert.Throws<InvalidOperationException>(() => clips.ToList());
        Assert.Equal("engine failed at 10", error.Message);
        Assert.Equal(0, Volatile.Read(ref running));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
