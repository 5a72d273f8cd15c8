using Aloud.Jobs;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>
/// Keeps the clip cache within <see cref="ServerOptions.ClipCacheMegabytes"/>: checked at start and every ten
/// minutes, oldest entries removed first. A removed sentence is only synthesised again if it is needed again.
/// </summary>
internal sealed class CacheMaintenance(ClipCache cache, IOptions<ServerOptions> options, ILogger<CacheMaintenance> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var (entries, bytes) = await cache.PruneAsync(options.Value.ClipCacheMegabytes * 1024 * 1024, stoppingToken).ConfigureAwait(false);
                if (entries > 0) log.LogInformation("Clip cache pruned: {Entries} sentences, {Megabytes:0.0} MB", entries, bytes / 1048576.0);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A disk or an S3 server that fails now may not later; pruning is never worth stopping the service for.
                log.LogWarning("Clip cache pruning failed, trying again later: {Reason}", e.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
