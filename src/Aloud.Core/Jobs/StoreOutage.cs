using System.Data.Common;
using System.Net.Sockets;

namespace Aloud.Jobs;

/// <summary>
/// Failures that say the store is out of reach for now (a database restarting, a network blip, a busy SQLite file,
/// a full disk), as opposed to a fault in the job: worth waiting out and trying again, never a reason to stop a worker.
/// </summary>
public static class StoreOutage
{
    public static bool Is(Exception error) =>
        error is DbException or SocketException or TimeoutException or IOException or InvalidOperationException { InnerException: DbException or SocketException or IOException };

    /// <summary>
    /// Runs a store call, trying again while the store is out, with waits growing from a quarter second to four
    /// seconds, for at most <paramref name="patience"/>; then the last failure is thrown.
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> call, TimeSpan patience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var wait = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Is(e) && clock.Elapsed + wait < patience)
            {
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(4).Ticks));
            }
        }
    }
}
