using Aloud.Server.Endpoints;
using Aloud.Server.Hosting;
using Aloud.Server.Security;
using ServerOptions = Aloud.Server.Hosting.ServerOptions;

namespace Aloud.Server;

/// <summary>
/// Composes the service: options, store, workers, security, then one endpoints class per feature. Nothing
/// else happens here; each Add/Map method lives beside the feature it sets up.
/// </summary>
public static class AloudServer
{
    /// <summary>The address served when none is configured: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Builds the app from command-line arguments and optional configuration overrides (the CLI's flags).</summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        UseQuietFrameworkLogs(builder.Configuration);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        Configure(builder);
        var app = builder.Build();
        Map(app);
        return app;
    }

    /// <summary>
    /// Builds a host that runs only the narration workers, on the same store and settings as a server: `aloud
    /// worker`, for more narration capacity than the server's own workers.
    /// </summary>
    public static IHost BuildWorker(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Services.AddOptions<ServerOptions>().Bind(builder.Configuration.GetSection(ServerOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAloudStore();
        builder.Services.AddAloudWorkers();
        return builder.Build();
    }

    /// <summary>
    /// ASP.NET Core logs every request at Information (eight lines each); a narration server's log should say what
    /// it narrated. Framework logs start at Warning, as the first source, so any configuration may lower them again.
    /// </summary>
    private static void UseQuietFrameworkLogs(ConfigurationManager configuration) =>
        configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            },
        });

    /// <summary>Registers every service; also used by tests that host the app in memory.</summary>
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddAloudOptions();
        builder.Services.AddAloudErrors();
        builder.Services.AddAloudStore();
        builder.Services.AddAloudWorkers();
        builder.Services.AddAloudArticles();
        builder.Services.AddAloudAudio();
        builder.Services.AddAloudLexicon();
        builder.Services.AddAloudFeedPolling();
        builder.Services.AddAloudSecurity();
        builder.Services.AddAloudObservability();
        builder.Services.AddAloudApiDocs();
        builder.Services.AddAloudPlayer();
        builder.Services.AddAloudDemo();
        builder.Services.AddAloudListening();
        builder.Services.AddAloudAdmin();
    }

    /// <summary>Maps middleware and endpoints.</summary>
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAloudErrors();
        app.UseAloudSecurity();
        app.MapHealth();
        app.MapMetrics();
        app.MapApiDocs();
        app.MapArticles();
        app.MapAudio();
        app.MapPodcastFeeds();
        app.MapFeedSubscriptions();
        app.MapHooks();
        app.MapLexicon();
        app.MapVoices();
        app.MapSpeech();
        app.MapPlayer();
        app.MapDemo();
        app.MapListening();
        app.MapAdmin();
    }
}
