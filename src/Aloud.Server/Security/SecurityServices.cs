using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Aloud.Server.Hosting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Aloud.Server.Security;

/// <summary>API keys, per-key rate limits and CORS.</summary>
public static class SecurityServices
{
    /// <summary>The rate limiting policy of every keyed route.</summary>
    public const string PerKeyPolicy = "per-key";

    public const string CorsPolicy = "aloud";

    /// <summary>Registers keys, limits and CORS; each reads <see cref="ServerOptions"/> when first used, after all configuration is in.</summary>
    public static IServiceCollection AddAloudSecurity(this IServiceCollection services)
    {
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<RequireApiKey>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ServerOptions>>((limiter, server) => ConfigureLimits(limiter, server.Value));
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<ServerOptions>>((cors, server) => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (server.Value.CorsOrigins.Length == 0 || server.Value.CorsOrigins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(server.Value.CorsOrigins);
            policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Content-Length", "Content-Range", "Accept-Ranges", "ETag", "Location");
        }));
        return services;
    }

    private static void ConfigureLimits(RateLimiterOptions limiter, ServerOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, token) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            {
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await Results.Problem(statusCode: 429, title: "Too Many Requests", detail: $"at most {options.RateLimitPerMinute} requests a minute per API key")
                .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
        };
        limiter.AddPolicy(PerKeyPolicy, context => options.RateLimitPerMinute <= 0
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetTokenBucketLimiter(PartitionOf(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = options.RateLimitPerMinute,
                TokensPerPeriod = Math.Max(1, options.RateLimitPerMinute / 60),
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    public static WebApplication UseAloudSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>Requires a valid API key and applies the per-key rate limit to a group of routes.</summary>
    public static RouteGroupBuilder RequireApiKey(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddEndpointFilter<RequireApiKey>().RequireRateLimiting(PerKeyPolicy);
        return group;
    }

    /// <summary>One bucket per presented key (hashed, never kept in clear), else per client address.</summary>
    private static string PartitionOf(HttpContext context) =>
        ApiKeyAuthenticator.PresentedSecret(context.Request) is { } secret
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..16]
            : "ip:" + context.Connection.RemoteIpAddress;
}
