using Aloud.Jobs;
using Aloud.Speech;
using Aloud.Speech.Voices;
using Aloud.Store;
using Aloud.Store.FileSystem;
using Aloud.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Hosting;

/// <summary>The store (SQLite + files under the data folder) and what the pipeline needs around it.</summary>
public static class StoreServices
{
    public static IServiceCollection AddAloudStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqliteDatabase(sp.GetRequiredService<IOptions<ServerOptions>>().Value.DatabasePath));
        services.AddSingleton<IArticleStore>(sp => new SqliteArticleStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IJobQueue>(sp => new SqliteJobQueue(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IKeyStore>(sp => new SqliteKeyStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<ILexiconStore>(sp => new SqliteLexiconStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IFeedStore>(sp => new SqliteFeedStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IHookStore>(sp => new SqliteHookStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IListeningStore>(sp => new SqliteListeningStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IBlobStore>(sp => new FileSystemBlobStore(sp.GetRequiredService<IOptions<ServerOptions>>().Value.BlobsPath));
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
}

/// <summary>Brings the database schema up to date and adds the operator's key (ALOUD_API_KEY) at start.</summary>
internal sealed class StoreInitializer(SqliteDatabase database, IKeyStore keys, IJobQueue queue, ServiceMetrics metrics, IConfiguration configuration, ILogger<StoreInitializer> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (configuration["ALOUD_API_KEY"] is { Length: > 0 } key)
        {
            if (key.Length < 16) log.LogWarning("ALOUD_API_KEY is only {Length} characters long: use 16 or more random characters outside tests", key.Length);
            var info = await keys.EnsureAsync("ALOUD_API_KEY", key, cancellationToken).ConfigureAwait(false);
            log.LogInformation("API key from ALOUD_API_KEY is active (id {KeyId})", info.Id);
        }
        metrics.ObserveQueue(() => Counts().Queued, () => Counts().Running);
        log.LogInformation("Store ready: {Database}", database.Path);
    }

    private QueueCounts Counts() => queue.CountsAsync().GetAwaiter().GetResult();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
