namespace Aloud.Tests.Fuzzing;

public class ThreadCpuTimeTests
{
    [Fact]
    public void Another_threads_cpu_time_is_read_while_it_runs_and_excludes_its_waiting()
    {
        var threadId = 0;
        using var measured = new ManualResetEventSlim();
        using var spun = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            threadId = ThreadCpuTime.CurrentThreadId();
            var until = ThreadCpuTime.Now() + TimeSpan.FromMilliseconds(400);
            while (ThreadCpuTime.Now() < until)
            {
                // burn CPU
            }

            spun.Set();
            measured.Wait(TimeSpan.FromSeconds(30)); // then wait, using none
        });
        thread.Start();
        Assert.True(spun.Wait(TimeSpan.FromSeconds(60)));
        var afterSpin = ThreadCpuTime.OfThread(threadId);
        Thread.Sleep(300);
        var afterWait = ThreadCpuTime.OfThread(threadId);
        measured.Set();
        thread.Join();

        Assert.NotNull(afterSpin);
        Assert.InRange(afterSpin!.Value.TotalSeconds, 0.35, 5);
        Assert.InRange((afterWait!.Value - afterSpin.Value).TotalSeconds, 0, 0.05); // sleeping costs no CPU
    }

    [Fact]
    public void A_thread_that_is_not_there_has_no_reading()
    {
        Assert.Null(ThreadCpuTime.OfThread(0));
        Assert.Null(ThreadCpuTime.OfThread(int.MaxValue));
    }
}
