using Aloud.Store;

namespace Aloud.Jobs;

/// <summary>
/// The worker loop: claim a job, narrate it, repeat; sleep until a job is queued (or the next poll) when there
/// is none. Several loops run side by side in one process; any number of processes may share the store.
/// </summary>
public sealed class NarrationWorker(IJobQueue queue, NarrationJobRunner runner, JobSignal signal, WorkerOptions options, string workerId)
{
    /// <summary>Runs until <paramref name="stopping"/> is cancelled; a job in hand is handed back for another worker.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ClaimedJob? job;
            try
            {
                job = await queue.ClaimAsync(workerId, options.Lease, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (StoreOutage.Is(e))
            {
                // The database is busy, restarting or briefly unreachable: wait and try again rather than die.
                await Pause(stopping).ConfigureAwait(false);
                continue;
            }
            if (job is null)
            {
                await Pause(stopping).ConfigureAwait(false);
                continue;
            }
            try
            {
                await runner.RunAsync(job, stopping).ConfigureAwait(false);
            }
            catch (Exception e) when (StoreOutage.Is(e))
            {
                // The store went away while the job ended: its lease runs out and a worker takes it again.
                await Pause(stopping).ConfigureAwait(false);
            }
        }
    }

    private async Task Pause(CancellationToken stopping)
    {
        try
        {
            await signal.WaitAsync(options.PollInterval, stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
