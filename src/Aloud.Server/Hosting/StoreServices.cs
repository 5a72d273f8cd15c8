using Aloud.Jobs;
using Aloud.Speech;
using Aloud.Speech.Voices;
using Aloud.Store;
using Aloud.Store.S3;
using Aloud.Store.Sql;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>The store (SQLite + files under the data folder) and what the pipeline needs around it.</summary>
public static class StoreServices
{
    public static IServiceCollection AddAloudStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => Options(sp) is var o ? StoreBackends.OpenDatabase(o.Database, o.Data) : null!);
        services.AddSingleton<IArticleStore>(sp => new SqlArticleStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<IJobQueue>(sp => new SqlJobQueue(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<IKeyStore>(sp => new SqlKeyStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<ILexiconStore>(sp => new SqlLexiconStore(sp.GetRequiredService<StoreDatabase>(), Options(sp).LexiconVersionsKept));
        services.AddSingleton<IFeedStore>(sp => new SqlFeedStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<IHookStore>(sp => new SqlHookStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton<IListeningStore>(sp => new SqlListeningStore(sp.GetRequiredService<StoreDatabase>()));
        services.AddSingleton(sp => Options(sp) is var o ? StoreBackends.OpenBlobs(o.Blobs, o.Data) : null!);
        services.AddSingleton(sp => new ClipCache(sp.GetRequiredService<IBlobStore>()));
        services.AddSingleton(sp => new LexiconSource(sp.GetRequiredService<ILexiconStore>()));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ServerOptions>>().Value;
            return new SpeechEngines(options.ReproducibleSynthesis, new VoiceCatalogue(options.Voices ?? VoiceCatalogue.DefaultFolder));
        });
        services.AddSingleton(sp => new ServiceMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.AddSingleton<JobSignal>();
        services.AddSingleton(sp => new CachedEngines(sp.GetRequiredService<SpeechEngines>(), sp.GetRequiredService<ClipCache>(), sp.GetRequiredService<ServiceMetrics>()));
        // First of the hosted services: the schema and the first key exist before anything else runs.
        services.AddHostedService<StoreInitializer>();
        services.AddHostedService<PipelineWarmUp>();
        return services;
    }

    private static ServerOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ServerOptions>>().Value;
}

/// <summary>
/// Brings the database schema up to date, checks the blob store and adds the operator's key (ALOUD_API_KEY) at
/// start. A database that is not up yet (a container starting beside this one) is waited for, a minute at most.
/// </summary>
internal sealed class StoreInitializer(StoreDatabase database, IBlobStore blobs, IKeyStore keys, IJobQueue queue, ServiceMetrics metrics, IConfiguration configuration, ILogger<StoreInitializer> log) : IHostedService
{
    private static readonly TimeSpan WaitForDatabase = TimeSpan.FromSeconds(60);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var waiting = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (Exception e) when (database.IsUnavailable(e) && waiting.Elapsed < WaitForDatabase)
            {
                log.LogWarning("The database {Database} does not answer yet ({Reason}); trying again", database.Description, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            }
        }
        if (blobs is S3BlobStore s3) await CheckBlobsAsync(s3, waiting, cancellationToken).ConfigureAwait(false);
        if (configuration["ALOUD_API_KEY"] is { Length: > 0 } key)
        {
            if (key.Length < 16) log.LogWarning("ALOUD_API_KEY is only {Length} characters long: use 16 or more random characters outside tests", key.Length);
            var info = await keys.EnsureAsync("ALOUD_API_KEY", key, cancellationToken).ConfigureAwait(false);
            log.LogInformation("API key from ALOUD_API_KEY is active (id {KeyId})", info.Id);
        }
        metrics.ObserveQueue(() => Counts().Queued, () => Counts().Running);
        log.LogInformation("Store ready: database {Database}, blobs {Blobs}", database.Description, blobs is S3BlobStore b ? b.Location.ToString() : "files");
    }

    /// <summary>A missing bucket or refused keys stop the start at once; a server not answering yet is waited for, like the database.</summary>
    private async Task CheckBlobsAsync(S3BlobStore s3, System.Diagnostics.Stopwatch waiting, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await s3.CheckAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or Amazon.Runtime.AmazonServiceException { StatusCode: >= System.Net.HttpStatusCode.InternalServerError }
                                      && waiting.Elapsed < WaitForDatabase)
            {
                log.LogWarning("The S3 server for {Blobs} does not answer yet ({Reason}); trying again", s3.Location, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>For the queue gauges; a database away for a moment reads as an empty queue rather than a failed scrape.</summary>
    private QueueCounts Counts()
    {
        try
        {
            return queue.CountsAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (database.IsUnavailable(e) || e is System.Data.Common.DbException)
        {
            return new QueueCounts(0, 0, 0, 0);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
