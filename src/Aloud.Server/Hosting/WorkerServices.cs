using Aloud.Jobs;
using Aloud.Store;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>The narration workers: threads inside this process that take jobs from the store's queue.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddAloudWorkers(this IServiceCollection services)
    {
        // The address rules of every fetch the service makes (articles, feeds), in one place; tests replace it to
        // pretend a name resolves somewhere without a DNS server.
        services.TryAddSingleton(sp => Ingest.SafeFetchOptions.Default with
        {
            AllowPrivateHosts = sp.GetRequiredService<IOptions<ServerOptions>>().Value.AllowPrivateHosts,
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServerOptions>>().Value;
            return new WorkerOptions
            {
                Workers = options.Workers,
                Lease = TimeSpan.FromSeconds(options.LeaseSeconds),
                HeartbeatInterval = TimeSpan.FromSeconds(Math.Min(1.0, options.LeaseSeconds / 3.0)),
                MaxSentences = options.MaxSentences,
                MaxAudio = TimeSpan.FromMinutes(options.MaxNarrationMinutes),
                Fetch = sp.GetRequiredService<Ingest.SafeFetchOptions>(),
                Publisher = options.Podcast.Author,
                VoicesFor = new Dictionary<string, string>(options.VoicesFor, StringComparer.OrdinalIgnoreCase),
            };
        });
        services.AddSingleton(sp => new NarrationJobRunner(
            sp.GetRequiredService<IArticleStore>(), sp.GetRequiredService<IJobQueue>(), sp.GetRequiredService<IBlobStore>(),
            sp.GetRequiredService<CachedEngines>(), sp.GetRequiredService<LexiconSource>(),
            sp.GetRequiredService<WorkerOptions>(), sp.GetRequiredService<ServiceMetrics>()));
        services.AddHostedService<WorkerPool>();
        services.AddHostedService<CacheMaintenance>();
        return services;
    }
}

/// <summary>Runs <see cref="WorkerOptions.Workers"/> worker loops until the host stops; their jobs are handed back then.</summary>
internal sealed class WorkerPool(IJobQueue queue, NarrationJobRunner runner, JobSignal signal, WorkerOptions options, ILogger<WorkerPool> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var host = $"{Environment.MachineName}:{Environment.ProcessId}";
        runner.Published += report => log.LogInformation(
            "narrated {Article} revision {Revision}: {Sentences} sentences, {Audio:0.0} s of audio; synthesis and loudness {Narrating:0.00} s, encoding {Encoding:0.00} s, commit {Committing:0.000} s",
            report.ArticleId, report.Revision, report.Sentences, report.AudioSeconds, report.Narrating.TotalSeconds, report.Encoding.TotalSeconds, report.Committing.TotalSeconds);
        runner.Published += report =>
        {
            if (report.Warning is { } warning) log.LogWarning("narrated {Article} revision {Revision} with a {Warning}", report.ArticleId, report.Revision, warning);
        };
        log.LogInformation("{Workers} narration worker(s) started as {Host}", options.Workers, host);
        var loops = Enumerable.Range(1, options.Workers)
            .Select(i => Task.Run(() => new NarrationWorker(queue, runner, signal, options, $"{host}#{i}").RunAsync(stoppingToken), CancellationToken.None));
        return Task.WhenAll(loops);
    }
}
