using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Aloud.Server.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Aloud.Server.Security;

/// <summary>API keys, per-key rate limits and CORS.</summary>
public static class SecurityServices
{
    /// <summary>The rate limiting policy of every keyed route.</summary>
    public const string PerKeyPolicy = "per-key";

    public const string CorsPolicy = "aloud";

    public static IServiceCollection AddAloudSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<RequireApiKey>();
        var options = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
        services.AddRateLimiter(limiter =>
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
        });
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (options.CorsOrigins.Contains("*")) policy.AllowAnyOrigin();
            else policy.WithOrigins(options.CorsOrigins);
            policy.AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("Content-Length", "Content-Range", "Accept-Ranges", "ETag", "Location");
        }));
        return services;
    }

    public static WebApplication UseAloudSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
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
