using Aloud.Jobs;
using Aloud.Store.Sql;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;

namespace Aloud.Server.Hosting;

/// <summary>/healthz, /readyz and Prometheus /metrics (OpenTelemetry: Aloud's meter plus ASP.NET Core's HTTP metrics).</summary>
public static class Observability
{
    public static IServiceCollection AddAloudObservability(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["live", "ready"])
            .AddCheck<EnginesHealthCheck>("engines", tags: ["ready"]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(ServiceMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        return services;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealthChecks("/healthz", new() { Predicate = c => c.Tags.Contains("live") }).ExcludeFromDescription();
        app.MapHealthChecks("/readyz", new() { Predicate = c => c.Tags.Contains("ready") }).ExcludeFromDescription();
        return app;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    /// <summary>Healthy when the database answers a query.</summary>
    private sealed class DatabaseHealthCheck(StoreDatabase database) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM schema_migrations";
                await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                return HealthCheckResult.Healthy();
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or InvalidOperationException or TimeoutException)
            {
                return HealthCheckResult.Unhealthy("the database does not answer: " + e.Message);
            }
        }
    }

    /// <summary>Ready when at least one speech engine loads (the default voice's, normally).</summary>
    private sealed class EnginesHealthCheck(Speech.SpeechEngines engines) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(engines.Voices.Count > 0
                ? HealthCheckResult.Healthy($"{engines.Voices.Count} voices")
                : HealthCheckResult.Unhealthy("no speech engine loads: " + string.Join("; ", engines.MissingEngines.Select(e => e.Message))));
    }
}
