namespace Aloud.Jobs;

/// <summary>
/// Wakes idle workers of this process when a job is queued here, so a new article starts at once instead of at
/// the next poll. Workers of other processes still find it by polling.
/// </summary>
public sealed class JobSignal
{
    private readonly SemaphoreSlim _pulse = new(0, int.MaxValue);

    /// <summary>Says that <paramref name="jobs"/> jobs were queued.</summary>
    public void Queued(int jobs = 1) => _pulse.Release(Math.Max(1, jobs));

    /// <summary>Waits for a pulse or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _pulse.WaitAsync(timeout, cancellationToken);
}
